// Generated from models/aws-dynamodb.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Amazon DynamoDB.
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
pub use dynamodb_types;
use dynamodb_types::error::*;
use dynamodb_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "DynamoDB_20120810",
    signing_name: "dynamodb",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: Some(rt::client::EndpointDiscovery {
        operation: &dynamodb_types::http::DESCRIBE_ENDPOINTS,
        error: Some("InvalidEndpointException"),
        required_by_any: false,
    }),
    customizations: &[rt::client::Customization::Crc32Responses],
    endpoint_prefix: "dynamodb",
    protocols: &[rt::Protocol::AwsJson1_0],
    user_agent: "dynamodb-client-sdk/0.1.0",
    operations: &[
        rt::client::OperationInfo {
            name: "CreateTable",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("ResourceArn", rt::client::EndpointParam::Member("TableName")),
            ],
        },
        rt::client::OperationInfo {
            name: "DeleteTable",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("ResourceArn", rt::client::EndpointParam::Member("TableName")),
            ],
        },
        rt::client::OperationInfo {
            name: "DescribeLimits",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[],
        },
        rt::client::OperationInfo {
            name: "DescribeTable",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("ResourceArn", rt::client::EndpointParam::Member("TableName")),
            ],
        },
        rt::client::OperationInfo {
            name: "GetItem",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("ResourceArn", rt::client::EndpointParam::Member("TableName")),
            ],
        },
        rt::client::OperationInfo {
            name: "PutItem",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("ResourceArn", rt::client::EndpointParam::Member("TableName")),
            ],
        },
        rt::client::OperationInfo {
            name: "Query",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("ResourceArn", rt::client::EndpointParam::Member("TableName")),
            ],
        },
        rt::client::OperationInfo {
            name: "UpdateItem",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: Some(false),
            discovery_ids: &[],
            event_stream: false,
            sensitive: false,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("ResourceArn", rt::client::EndpointParam::Member("TableName")),
            ],
        },
    ],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: dynamodb_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"parameters\":{\"AccountId\":{\"builtIn\":\"AWS::Auth::AccountId\",\"documentation\":\"The AWS AccountId used for the request.\",\"required\":false,\"type\":\"String\"},\"AccountIdEndpointMode\":{\"builtIn\":\"AWS::Auth::AccountIdEndpointMode\",\"documentation\":\"The AccountId Endpoint Mode.\",\"required\":false,\"type\":\"String\"},\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"documentation\":\"Override the endpoint used to send this request\",\"required\":false,\"type\":\"String\"},\"Region\":{\"builtIn\":\"AWS::Region\",\"documentation\":\"The AWS region used to dispatch the request.\",\"required\":false,\"type\":\"String\"},\"ResourceArn\":{\"documentation\":\"ResourceArn containing arn of resource\",\"required\":false,\"type\":\"String\"},\"ResourceArnList\":{\"documentation\":\"ResourceArnList containing list of resource arns\",\"required\":false,\"type\":\"stringArray\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"default\":false,\"documentation\":\"When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"default\":false,\"documentation\":\"When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.\",\"required\":true,\"type\":\"Boolean\"}},\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"{Endpoint}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"local\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"},\"required\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[],\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws-us-gov\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"},\"required\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[],\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://dynamodb.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"},\"required\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[],\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"},\"required\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[],\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and DualStack is enabled, but DualStack account endpoints are not supported\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"}],\"fn\":\"isSet\"},{\"argv\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"},\"disabled\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"ResourceArn\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"ResourceArn\"}],\"assign\":\"ParsedArn\",\"fn\":\"aws.parseArn\"},{\"argv\":[{\"argv\":[{\"ref\":\"ParsedArn\"},\"service\"],\"fn\":\"getAttr\"},\"dynamodb\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"ParsedArn\"},\"region\"],\"fn\":\"getAttr\"},false],\"fn\":\"isValidHostLabel\"},{\"argv\":[{\"argv\":[{\"ref\":\"ParsedArn\"},\"region\"],\"fn\":\"getAttr\"},\"{Region}\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"ParsedArn\"},\"accountId\"],\"fn\":\"getAttr\"},false],\"fn\":\"isValidHostLabel\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"}],\"fn\":\"isSet\"},{\"argv\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"},\"disabled\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"ResourceArnList\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"ResourceArnList\"},\"[0]\"],\"assign\":\"FirstArn\",\"fn\":\"getAttr\"},{\"argv\":[{\"ref\":\"FirstArn\"}],\"assign\":\"ParsedArn\",\"fn\":\"aws.parseArn\"},{\"argv\":[{\"argv\":[{\"ref\":\"ParsedArn\"},\"service\"],\"fn\":\"getAttr\"},\"dynamodb\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"ParsedArn\"},\"region\"],\"fn\":\"getAttr\"},false],\"fn\":\"isValidHostLabel\"},{\"argv\":[{\"argv\":[{\"ref\":\"ParsedArn\"},\"region\"],\"fn\":\"getAttr\"},\"{Region}\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"ParsedArn\"},\"accountId\"],\"fn\":\"getAttr\"},false],\"fn\":\"isValidHostLabel\"}],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://{ParsedArn#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"}],\"fn\":\"isSet\"},{\"argv\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"},\"disabled\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"AccountId\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"AccountId\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Credentials-sourced account ID parameter is invalid\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"AccountIdEndpointMode\"},\"required\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[],\"error\":\"AccountIdEndpointMode is required but no AccountID was provided or able to be loaded\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and DualStack is enabled, but DualStack account endpoints are not supported\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://dynamodb.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\",\"type\":\"error\"}],\"version\":\"1.0\"}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
/// Amazon DynamoDB
///
/// Amazon DynamoDB is a fully managed NoSQL database service that provides fast and predictable performance with seamless scalability. DynamoDB lets you offload the administrative burdens of operating and scaling a distributed database, so that you don't have to worry about hardware provisioning, setup and configuration, replication, software patching, or cluster scaling.
///
/// With DynamoDB, you can create database tables that can store and retrieve any amount of data, and serve any level of request traffic. You can scale up or scale down your tables' throughput capacity without downtime or performance degradation, and use the Amazon Web Services Management Console to monitor resource utilization and performance metrics.
///
/// DynamoDB automatically spreads the data and traffic for your tables over a sufficient number of servers to handle your throughput and storage requirements, while maintaining consistent and fast performance. All of your data is stored on solid state disks (SSDs) and automatically replicated across multiple Availability Zones in an Amazon Web Services Region, providing built-in high availability and data durability.
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
    /// The `CreateTable` operation adds a new table to your account. In an Amazon Web Services account, table names must be unique within each Region. That is, you can have two tables with same name if you create the tables in different Regions.
    ///
    /// `CreateTable` is an asynchronous operation. Upon receiving a `CreateTable` request, DynamoDB immediately returns a response with a `TableStatus` of `CREATING`. After the table is created, DynamoDB sets the `TableStatus` to `ACTIVE`. You can perform read and write operations only on an `ACTIVE` table.
    ///
    /// You can optionally define secondary indexes on the new table, as part of the `CreateTable` operation. If you want to create multiple tables with secondary indexes on them, you must create the tables sequentially. Only one table with secondary indexes can be in the `CREATING` state at any given time.
    ///
    /// You can use the `DescribeTable` action to check the table status.
    pub fn create_table(&self) -> CreateTableFluentBuilder {
        CreateTableFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateTableInput::builder(),
        }
    }
    /// The `DeleteTable` operation deletes a table and all of its items. After a `DeleteTable` request, the specified table is in the `DELETING` state until DynamoDB completes the deletion. If the table is in the `ACTIVE` state, you can delete it. If a table is in `CREATING` or `UPDATING` states, then DynamoDB returns a `ResourceInUseException`. If the specified table does not exist, DynamoDB returns a `ResourceNotFoundException`. If table is already in the `DELETING` state, no error is returned.
    ///
    /// **Note:** For global tables, this operation only applies to global tables using Version 2019.11.21 (Current version).
    ///
    /// **Note:** DynamoDB might continue to accept data read and write operations, such as `GetItem` and `PutItem`, on a table in the `DELETING` state until the table deletion is complete. For the full list of table states, see [TableStatus](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html#DDB-Type-TableDescription-TableStatus).
    ///
    /// When you delete a table, any indexes on that table are also deleted.
    ///
    /// If you have DynamoDB Streams enabled on the table, then the corresponding stream on that table goes into the `DISABLED` state, and the stream is automatically deleted after 24 hours.
    ///
    /// Use the `DescribeTable` action to check the status of the table.
    pub fn delete_table(&self) -> DeleteTableFluentBuilder {
        DeleteTableFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteTableInput::builder(),
        }
    }
    /// Returns the regional endpoint information. For more information on policy permissions, please see [Internetwork traffic privacy](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/inter-network-traffic-privacy.html#inter-network-traffic-DescribeEndpoints).
    pub fn describe_endpoints(&self) -> DescribeEndpointsFluentBuilder {
        DescribeEndpointsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeEndpointsRequest::builder(),
        }
    }
    /// Returns the current provisioned-capacity quotas for your Amazon Web Services account in a Region, both for the Region as a whole and for any one DynamoDB table that you create there.
    ///
    /// When you establish an Amazon Web Services account, the account has initial quotas on the maximum read capacity units and write capacity units that you can provision across all of your DynamoDB tables in a given Region. Also, there are per-table quotas that apply when you create a table there. For more information, see [Service, Account, and Table Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) page in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Although you can increase these quotas by filing a case at [Amazon Web Services Support Center](https://console.aws.amazon.com/support/home#/), obtaining the increase is not instantaneous. The `DescribeLimits` action lets you write code to compare the capacity you are currently using to those quotas imposed by your account so that you have enough time to apply for an increase before you hit a quota.
    ///
    /// For example, you could use one of the Amazon Web Services SDKs to do the following:
    ///
    /// - Call `DescribeLimits` for a particular Region to obtain your current account quotas on provisioned capacity there.
    /// - Create a variable to hold the aggregate read capacity units provisioned for all your tables in that Region, and one to hold the aggregate write capacity units. Zero them both.
    /// - Call `ListTables` to obtain a list of all your DynamoDB tables.
    /// - For each table name listed by `ListTables`, do the following:
    /// - Call `DescribeTable` with the table name.
    /// - Use the data returned by `DescribeTable` to add the read capacity units and write capacity units provisioned for the table itself to your variables.
    /// - If the table has one or more global secondary indexes (GSIs), loop over these GSIs and add their provisioned capacity values to your variables as well.
    /// - Report the account quotas for that Region returned by `DescribeLimits`, along with the total current provisioned capacity levels you have calculated.
    ///
    /// This will let you see whether you are getting close to your account-level quotas.
    ///
    /// The per-table quotas apply only when you are creating a new table. They restrict the sum of the provisioned capacity of the new table itself and all its global secondary indexes.
    ///
    /// For existing tables and their GSIs, DynamoDB doesn't let you increase provisioned capacity extremely rapidly, but the only quota that applies is that the aggregate provisioned capacity over all your tables and GSIs cannot exceed either of the per-account quotas.
    ///
    /// **Note:** `DescribeLimits` should only be called periodically. You can expect throttling errors if you call it more than once in a minute.
    ///
    /// The `DescribeLimits` Request element has no content.
    pub fn describe_limits(&self) -> DescribeLimitsFluentBuilder {
        DescribeLimitsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeLimitsInput::builder(),
        }
    }
    /// Returns information about the table, including the current status of the table, when it was created, the primary key schema, and any indexes on the table.
    ///
    /// **Note:** For global tables, this operation only applies to global tables using Version 2019.11.21 (Current version).
    ///
    /// **Note:** If you issue a `DescribeTable` request immediately after a `CreateTable` request, DynamoDB might return a `ResourceNotFoundException`. This is because `DescribeTable` uses an eventually consistent query, and the metadata for your table might not be available at that moment. Wait for a few seconds, and then try the `DescribeTable` request again.
    pub fn describe_table(&self) -> DescribeTableFluentBuilder {
        DescribeTableFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeTableInput::builder(),
        }
    }
    /// The `GetItem` operation returns a set of attributes for the item with the given primary key. If there is no matching item, `GetItem` does not return any data and there will be no `Item` element in the response.
    ///
    /// `GetItem` provides an eventually consistent read by default. If your application requires a strongly consistent read, set `ConsistentRead` to `true`. Although a strongly consistent read might take more time than an eventually consistent read, it always returns the last updated value.
    pub fn get_item(&self) -> GetItemFluentBuilder {
        GetItemFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetItemInput::builder(),
        }
    }
    /// Creates a new item, or replaces an old item with a new item. If an item that has the same primary key as the new item already exists in the specified table, the new item completely replaces the existing item. You can perform a conditional put operation (add a new item if one with the specified primary key doesn't exist), or replace an existing item if it has certain attribute values. You can return the item's attribute values in the same operation, using the `ReturnValues` parameter.
    ///
    /// When you add an item, the primary key attributes are the only required attributes.
    ///
    /// Empty String and Binary attribute values are allowed. Attribute values of type String and Binary must have a length greater than zero if the attribute is used as a key attribute for a table or index. Set type attributes cannot be empty.
    ///
    /// Invalid Requests with empty values will be rejected with a `ValidationException` exception.
    ///
    /// **Note:** To prevent a new item from replacing an existing item, use a conditional expression that contains the `attribute_not_exists` function with the name of the attribute being used as the partition key for the table. Since every record must contain that attribute, the `attribute_not_exists` function will only succeed if no matching item exists.
    ///
    /// For more information about `PutItem`, see [Working with Items](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithItems.html) in the *Amazon DynamoDB Developer Guide*.
    pub fn put_item(&self) -> PutItemFluentBuilder {
        PutItemFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutItemInput::builder(),
        }
    }
    /// You must provide the name of the partition key attribute and a single value for that attribute. `Query` returns all items with that partition key value. Optionally, you can provide a sort key attribute and use a comparison operator to refine the search results.
    ///
    /// Use the `KeyConditionExpression` parameter to provide a specific value for the partition key. The `Query` operation will return all of the items from the table or index with that partition key value. You can optionally narrow the scope of the `Query` operation by specifying a sort key value and a comparison operator in `KeyConditionExpression`. To further refine the `Query` results, you can optionally provide a `FilterExpression`. A `FilterExpression` determines which items within the results should be returned to you. All of the other results are discarded.
    ///
    /// A `Query` operation always returns a result set. If no matching items are found, the result set will be empty. Queries that do not return results consume the minimum number of read capacity units for that type of read operation.
    ///
    /// **Note:** DynamoDB calculates the number of read capacity units consumed based on item size, not on the amount of data that is returned to an application. The number of capacity units consumed will be the same whether you request all of the attributes (the default behavior) or just some of them (using a projection expression). The number will also be the same whether or not you use a `FilterExpression`.
    ///
    /// `Query` results are always sorted by the sort key value. If the data type of the sort key is Number, the results are returned in numeric order; otherwise, the results are returned in order of UTF-8 bytes. By default, the sort order is ascending. To reverse the order, set the `ScanIndexForward` parameter to false.
    ///
    /// A single `Query` operation will read up to the maximum number of items set (if using the `Limit` parameter) or a maximum of 1 MB of data and then apply any filtering to the results using `FilterExpression`. If `LastEvaluatedKey` is present in the response, you will need to paginate the result set. For more information, see [Paginating the Results](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.html#Query.Pagination) in the *Amazon DynamoDB Developer Guide*.
    ///
    /// `FilterExpression` is applied after a `Query` finishes, but before the results are returned. A `FilterExpression` cannot contain partition key or sort key attributes. You need to specify those attributes in the `KeyConditionExpression`.
    ///
    /// **Note:** A `Query` operation can return an empty result set and a `LastEvaluatedKey` if all the items read for the page of results are filtered out.
    ///
    /// You can query a table, a local secondary index, or a global secondary index. For a query on a table or on a local secondary index, you can set the `ConsistentRead` parameter to `true` and obtain a strongly consistent result. Global secondary indexes support eventually consistent reads only, so do not specify `ConsistentRead` when querying a global secondary index.
    pub fn query(&self) -> QueryFluentBuilder {
        QueryFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: QueryInput::builder(),
        }
    }
    /// Edits an existing item's attributes, or adds a new item to the table if it does not already exist. You can put, delete, or add attribute values. You can also perform a conditional update on an existing item (insert a new attribute name-value pair if it doesn't exist, or replace an existing name-value pair if it has certain expected attribute values).
    ///
    /// You can also return the item's attribute values in the same `UpdateItem` operation using the `ReturnValues` parameter.
    pub fn update_item(&self) -> UpdateItemFluentBuilder {
        UpdateItemFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: UpdateItemInput::builder(),
        }
    }
    /// Waiter `TableExists`: calls [`describe_table`](Self::describe_table) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 20-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_table_exists(
        &self,
        input: impl rt::Into<DescribeTableInputBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<DescribeTableOutput, DescribeTableError>,
        rt::client::waiter::WaiterError<DescribeTableOutput, DescribeTableError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "TableExists",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Output {
                        path: "Table.TableStatus",
                        expected: "ACTIVE",
                        comparator: rt::client::waiter::Comparator::StringEquals,
                    },
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Retry,
                    matcher: rt::client::waiter::Matcher::ErrorType("ResourceNotFoundException"),
                },
            ],
            min_delay: ::std::time::Duration::from_secs(20u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: DescribeTableInputBuilder = input.into();
        let json = input.to_json();
        let call = self.describe_table().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waiter `TableNotExists`: calls [`describe_table`](Self::describe_table) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 20-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_table_not_exists(
        &self,
        input: impl rt::Into<DescribeTableInputBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<DescribeTableOutput, DescribeTableError>,
        rt::client::waiter::WaiterError<DescribeTableOutput, DescribeTableError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "TableNotExists",
            acceptors: &[rt::client::waiter::Acceptor {
                state: rt::client::waiter::State::Success,
                matcher: rt::client::waiter::Matcher::ErrorType("ResourceNotFoundException"),
            }],
            min_delay: ::std::time::Duration::from_secs(20u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: DescribeTableInputBuilder = input.into();
        let json = input.to_json();
        let call = self.describe_table().input(input);
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
            "CreateTable" => {
                self.handle
                    .call_json::<
                        CreateTableInput,
                        CreateTableOutput,
                        CreateTableError,
                    >(&crate::dynamodb_types::http::CREATE_TABLE, input)
                    .await
            }
            "DeleteTable" => {
                self.handle
                    .call_json::<
                        DeleteTableInput,
                        DeleteTableOutput,
                        DeleteTableError,
                    >(&crate::dynamodb_types::http::DELETE_TABLE, input)
                    .await
            }
            "DescribeEndpoints" => {
                self.handle
                    .call_json::<
                        DescribeEndpointsRequest,
                        DescribeEndpointsResponse,
                        DescribeEndpointsError,
                    >(&crate::dynamodb_types::http::DESCRIBE_ENDPOINTS, input)
                    .await
            }
            "DescribeLimits" => {
                self.handle
                    .call_json::<
                        DescribeLimitsInput,
                        DescribeLimitsOutput,
                        DescribeLimitsError,
                    >(&crate::dynamodb_types::http::DESCRIBE_LIMITS, input)
                    .await
            }
            "DescribeTable" => {
                self.handle
                    .call_json::<
                        DescribeTableInput,
                        DescribeTableOutput,
                        DescribeTableError,
                    >(&crate::dynamodb_types::http::DESCRIBE_TABLE, input)
                    .await
            }
            "GetItem" => {
                self.handle
                    .call_json::<
                        GetItemInput,
                        GetItemOutput,
                        GetItemError,
                    >(&crate::dynamodb_types::http::GET_ITEM, input)
                    .await
            }
            "PutItem" => {
                self.handle
                    .call_json::<
                        PutItemInput,
                        PutItemOutput,
                        PutItemError,
                    >(&crate::dynamodb_types::http::PUT_ITEM, input)
                    .await
            }
            "Query" => {
                self.handle
                    .call_json::<
                        QueryInput,
                        QueryOutput,
                        QueryError,
                    >(&crate::dynamodb_types::http::QUERY, input)
                    .await
            }
            "UpdateItem" => {
                self.handle
                    .call_json::<
                        UpdateItemInput,
                        UpdateItemOutput,
                        UpdateItemError,
                    >(&crate::dynamodb_types::http::UPDATE_ITEM, input)
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
        "CreateTable" => rt::client::validate::<CreateTableInput, rt::Unhandled>(input),
        "DeleteTable" => rt::client::validate::<DeleteTableInput, rt::Unhandled>(input),
        "DescribeEndpoints" => {
            rt::client::validate::<DescribeEndpointsRequest, rt::Unhandled>(input)
        }
        "DescribeLimits" => rt::client::validate::<DescribeLimitsInput, rt::Unhandled>(input),
        "DescribeTable" => rt::client::validate::<DescribeTableInput, rt::Unhandled>(input),
        "GetItem" => rt::client::validate::<GetItemInput, rt::Unhandled>(input),
        "PutItem" => rt::client::validate::<PutItemInput, rt::Unhandled>(input),
        "Query" => rt::client::validate::<QueryInput, rt::Unhandled>(input),
        "UpdateItem" => rt::client::validate::<UpdateItemInput, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `CreateTable` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateTableFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateTableInputBuilder,
}
impl ::std::convert::From<CreateTableFluentBuilder> for CreateTableInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateTableFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateTableFluentBuilder {
    /// Appends one element to [`CreateTableInput::attribute_definitions`](CreateTableInput::attribute_definitions).
    pub fn attribute_definitions(mut self, value: impl rt::Into<AttributeDefinition>) -> Self {
        self.input = self.input.attribute_definitions(value);
        self
    }
    /// Sets or clears [`CreateTableInput::attribute_definitions`](CreateTableInput::attribute_definitions).
    pub fn set_attribute_definitions(
        mut self,
        value: rt::Option<rt::Vec<AttributeDefinition>>,
    ) -> Self {
        self.input = self.input.set_attribute_definitions(value);
        self
    }
    /// Sets [`CreateTableInput::billing_mode`](CreateTableInput::billing_mode).
    pub fn billing_mode(mut self, value: impl rt::Into<BillingMode>) -> Self {
        self.input = self.input.billing_mode(value);
        self
    }
    /// Sets or clears [`CreateTableInput::billing_mode`](CreateTableInput::billing_mode).
    pub fn set_billing_mode(mut self, value: rt::Option<BillingMode>) -> Self {
        self.input = self.input.set_billing_mode(value);
        self
    }
    /// Sets [`CreateTableInput::deletion_protection_enabled`](CreateTableInput::deletion_protection_enabled).
    pub fn deletion_protection_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.deletion_protection_enabled(value);
        self
    }
    /// Sets or clears [`CreateTableInput::deletion_protection_enabled`](CreateTableInput::deletion_protection_enabled).
    pub fn set_deletion_protection_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_deletion_protection_enabled(value);
        self
    }
    /// Appends one element to [`CreateTableInput::global_secondary_indexes`](CreateTableInput::global_secondary_indexes).
    pub fn global_secondary_indexes(mut self, value: impl rt::Into<GlobalSecondaryIndex>) -> Self {
        self.input = self.input.global_secondary_indexes(value);
        self
    }
    /// Sets or clears [`CreateTableInput::global_secondary_indexes`](CreateTableInput::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        value: rt::Option<rt::Vec<GlobalSecondaryIndex>>,
    ) -> Self {
        self.input = self.input.set_global_secondary_indexes(value);
        self
    }
    /// Appends one element to [`CreateTableInput::key_schema`](CreateTableInput::key_schema).
    pub fn key_schema(mut self, value: impl rt::Into<KeySchemaElement>) -> Self {
        self.input = self.input.key_schema(value);
        self
    }
    /// Sets or clears [`CreateTableInput::key_schema`](CreateTableInput::key_schema).
    pub fn set_key_schema(mut self, value: rt::Option<rt::Vec<KeySchemaElement>>) -> Self {
        self.input = self.input.set_key_schema(value);
        self
    }
    /// Appends one element to [`CreateTableInput::local_secondary_indexes`](CreateTableInput::local_secondary_indexes).
    pub fn local_secondary_indexes(mut self, value: impl rt::Into<LocalSecondaryIndex>) -> Self {
        self.input = self.input.local_secondary_indexes(value);
        self
    }
    /// Sets or clears [`CreateTableInput::local_secondary_indexes`](CreateTableInput::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        value: rt::Option<rt::Vec<LocalSecondaryIndex>>,
    ) -> Self {
        self.input = self.input.set_local_secondary_indexes(value);
        self
    }
    /// Sets [`CreateTableInput::on_demand_throughput`](CreateTableInput::on_demand_throughput).
    pub fn on_demand_throughput(mut self, value: impl rt::Into<OnDemandThroughput>) -> Self {
        self.input = self.input.on_demand_throughput(value);
        self
    }
    /// Sets or clears [`CreateTableInput::on_demand_throughput`](CreateTableInput::on_demand_throughput).
    pub fn set_on_demand_throughput(mut self, value: rt::Option<OnDemandThroughput>) -> Self {
        self.input = self.input.set_on_demand_throughput(value);
        self
    }
    /// Sets [`CreateTableInput::provisioned_throughput`](CreateTableInput::provisioned_throughput).
    pub fn provisioned_throughput(mut self, value: impl rt::Into<ProvisionedThroughput>) -> Self {
        self.input = self.input.provisioned_throughput(value);
        self
    }
    /// Sets or clears [`CreateTableInput::provisioned_throughput`](CreateTableInput::provisioned_throughput).
    pub fn set_provisioned_throughput(mut self, value: rt::Option<ProvisionedThroughput>) -> Self {
        self.input = self.input.set_provisioned_throughput(value);
        self
    }
    /// Sets [`CreateTableInput::resource_policy`](CreateTableInput::resource_policy).
    pub fn resource_policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.resource_policy(value);
        self
    }
    /// Sets or clears [`CreateTableInput::resource_policy`](CreateTableInput::resource_policy).
    pub fn set_resource_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_resource_policy(value);
        self
    }
    /// Sets [`CreateTableInput::sse_specification`](CreateTableInput::sse_specification).
    pub fn sse_specification(mut self, value: impl rt::Into<SseSpecification>) -> Self {
        self.input = self.input.sse_specification(value);
        self
    }
    /// Sets or clears [`CreateTableInput::sse_specification`](CreateTableInput::sse_specification).
    pub fn set_sse_specification(mut self, value: rt::Option<SseSpecification>) -> Self {
        self.input = self.input.set_sse_specification(value);
        self
    }
    /// Sets [`CreateTableInput::stream_specification`](CreateTableInput::stream_specification).
    pub fn stream_specification(mut self, value: impl rt::Into<StreamSpecification>) -> Self {
        self.input = self.input.stream_specification(value);
        self
    }
    /// Sets or clears [`CreateTableInput::stream_specification`](CreateTableInput::stream_specification).
    pub fn set_stream_specification(mut self, value: rt::Option<StreamSpecification>) -> Self {
        self.input = self.input.set_stream_specification(value);
        self
    }
    /// Sets [`CreateTableInput::table_class`](CreateTableInput::table_class).
    pub fn table_class(mut self, value: impl rt::Into<TableClass>) -> Self {
        self.input = self.input.table_class(value);
        self
    }
    /// Sets or clears [`CreateTableInput::table_class`](CreateTableInput::table_class).
    pub fn set_table_class(mut self, value: rt::Option<TableClass>) -> Self {
        self.input = self.input.set_table_class(value);
        self
    }
    /// Sets [`CreateTableInput::table_name`](CreateTableInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.table_name(value);
        self
    }
    /// Sets or clears [`CreateTableInput::table_name`](CreateTableInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_table_name(value);
        self
    }
    /// Appends one element to [`CreateTableInput::tags`](CreateTableInput::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`CreateTableInput::tags`](CreateTableInput::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Sets [`CreateTableInput::warm_throughput`](CreateTableInput::warm_throughput).
    pub fn warm_throughput(mut self, value: impl rt::Into<WarmThroughput>) -> Self {
        self.input = self.input.warm_throughput(value);
        self
    }
    /// Sets or clears [`CreateTableInput::warm_throughput`](CreateTableInput::warm_throughput).
    pub fn set_warm_throughput(mut self, value: rt::Option<WarmThroughput>) -> Self {
        self.input = self.input.set_warm_throughput(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateTableInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateTableInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CreateTableOutput, SdkError<CreateTableError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::CREATE_TABLE, &input, stream)
            .await
    }
}
/// A `DeleteTable` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteTableFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteTableInputBuilder,
}
impl ::std::convert::From<DeleteTableFluentBuilder> for DeleteTableInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteTableFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteTableFluentBuilder {
    /// Sets [`DeleteTableInput::table_name`](DeleteTableInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.table_name(value);
        self
    }
    /// Sets or clears [`DeleteTableInput::table_name`](DeleteTableInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_table_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteTableInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteTableInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteTableOutput, SdkError<DeleteTableError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::DELETE_TABLE, &input, stream)
            .await
    }
}
/// A `DescribeEndpoints` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeEndpointsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeEndpointsRequestBuilder,
}
impl ::std::convert::From<DescribeEndpointsFluentBuilder> for DescribeEndpointsRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeEndpointsFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeEndpointsFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeEndpointsRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeEndpointsRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<DescribeEndpointsResponse, SdkError<DescribeEndpointsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::DESCRIBE_ENDPOINTS, &input, stream)
            .await
    }
}
/// A `DescribeLimits` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeLimitsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeLimitsInputBuilder,
}
impl ::std::convert::From<DescribeLimitsFluentBuilder> for DescribeLimitsInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeLimitsFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeLimitsFluentBuilder {
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeLimitsInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeLimitsInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DescribeLimitsOutput, SdkError<DescribeLimitsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::DESCRIBE_LIMITS, &input, stream)
            .await
    }
}
/// A `DescribeTable` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeTableFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeTableInputBuilder,
}
impl ::std::convert::From<DescribeTableFluentBuilder> for DescribeTableInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeTableFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeTableFluentBuilder {
    /// Sets [`DescribeTableInput::table_name`](DescribeTableInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.table_name(value);
        self
    }
    /// Sets or clears [`DescribeTableInput::table_name`](DescribeTableInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_table_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeTableInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeTableInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DescribeTableOutput, SdkError<DescribeTableError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::DESCRIBE_TABLE, &input, stream)
            .await
    }
}
/// A `GetItem` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetItemFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetItemInputBuilder,
}
impl ::std::convert::From<GetItemFluentBuilder> for GetItemInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetItemFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetItemFluentBuilder {
    /// Appends one element to [`GetItemInput::attributes_to_get`](GetItemInput::attributes_to_get).
    pub fn attributes_to_get(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.attributes_to_get(value);
        self
    }
    /// Sets or clears [`GetItemInput::attributes_to_get`](GetItemInput::attributes_to_get).
    pub fn set_attributes_to_get(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_attributes_to_get(value);
        self
    }
    /// Sets [`GetItemInput::consistent_read`](GetItemInput::consistent_read).
    pub fn consistent_read(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.consistent_read(value);
        self
    }
    /// Sets or clears [`GetItemInput::consistent_read`](GetItemInput::consistent_read).
    pub fn set_consistent_read(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_consistent_read(value);
        self
    }
    /// Inserts one entry into [`GetItemInput::expression_attribute_names`](GetItemInput::expression_attribute_names).
    pub fn expression_attribute_names(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.expression_attribute_names(key, value);
        self
    }
    /// Sets or clears [`GetItemInput::expression_attribute_names`](GetItemInput::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_expression_attribute_names(value);
        self
    }
    /// Inserts one entry into [`GetItemInput::key`](GetItemInput::key).
    pub fn key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.input = self.input.key(key, value);
        self
    }
    /// Sets or clears [`GetItemInput::key`](GetItemInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`GetItemInput::projection_expression`](GetItemInput::projection_expression).
    pub fn projection_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.projection_expression(value);
        self
    }
    /// Sets or clears [`GetItemInput::projection_expression`](GetItemInput::projection_expression).
    pub fn set_projection_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_projection_expression(value);
        self
    }
    /// Sets [`GetItemInput::return_consumed_capacity`](GetItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        value: impl rt::Into<ReturnConsumedCapacity>,
    ) -> Self {
        self.input = self.input.return_consumed_capacity(value);
        self
    }
    /// Sets or clears [`GetItemInput::return_consumed_capacity`](GetItemInput::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        value: rt::Option<ReturnConsumedCapacity>,
    ) -> Self {
        self.input = self.input.set_return_consumed_capacity(value);
        self
    }
    /// Sets [`GetItemInput::table_name`](GetItemInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.table_name(value);
        self
    }
    /// Sets or clears [`GetItemInput::table_name`](GetItemInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_table_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetItemInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetItemInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetItemOutput, SdkError<GetItemError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::GET_ITEM, &input, stream)
            .await
    }
}
/// A `PutItem` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutItemFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutItemInputBuilder,
}
impl ::std::convert::From<PutItemFluentBuilder> for PutItemInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutItemFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutItemFluentBuilder {
    /// Sets [`PutItemInput::condition_expression`](PutItemInput::condition_expression).
    pub fn condition_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.condition_expression(value);
        self
    }
    /// Sets or clears [`PutItemInput::condition_expression`](PutItemInput::condition_expression).
    pub fn set_condition_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_condition_expression(value);
        self
    }
    /// Sets [`PutItemInput::conditional_operator`](PutItemInput::conditional_operator).
    pub fn conditional_operator(mut self, value: impl rt::Into<ConditionalOperator>) -> Self {
        self.input = self.input.conditional_operator(value);
        self
    }
    /// Sets or clears [`PutItemInput::conditional_operator`](PutItemInput::conditional_operator).
    pub fn set_conditional_operator(mut self, value: rt::Option<ConditionalOperator>) -> Self {
        self.input = self.input.set_conditional_operator(value);
        self
    }
    /// Inserts one entry into [`PutItemInput::expected`](PutItemInput::expected).
    pub fn expected(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<ExpectedAttributeValue>,
    ) -> Self {
        self.input = self.input.expected(key, value);
        self
    }
    /// Sets or clears [`PutItemInput::expected`](PutItemInput::expected).
    pub fn set_expected(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, ExpectedAttributeValue>>,
    ) -> Self {
        self.input = self.input.set_expected(value);
        self
    }
    /// Inserts one entry into [`PutItemInput::expression_attribute_names`](PutItemInput::expression_attribute_names).
    pub fn expression_attribute_names(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.expression_attribute_names(key, value);
        self
    }
    /// Sets or clears [`PutItemInput::expression_attribute_names`](PutItemInput::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_expression_attribute_names(value);
        self
    }
    /// Inserts one entry into [`PutItemInput::expression_attribute_values`](PutItemInput::expression_attribute_values).
    pub fn expression_attribute_values(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.input = self.input.expression_attribute_values(key, value);
        self
    }
    /// Sets or clears [`PutItemInput::expression_attribute_values`](PutItemInput::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.input = self.input.set_expression_attribute_values(value);
        self
    }
    /// Inserts one entry into [`PutItemInput::item`](PutItemInput::item).
    pub fn item(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.input = self.input.item(key, value);
        self
    }
    /// Sets or clears [`PutItemInput::item`](PutItemInput::item).
    pub fn set_item(mut self, value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.input = self.input.set_item(value);
        self
    }
    /// Sets [`PutItemInput::return_consumed_capacity`](PutItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        value: impl rt::Into<ReturnConsumedCapacity>,
    ) -> Self {
        self.input = self.input.return_consumed_capacity(value);
        self
    }
    /// Sets or clears [`PutItemInput::return_consumed_capacity`](PutItemInput::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        value: rt::Option<ReturnConsumedCapacity>,
    ) -> Self {
        self.input = self.input.set_return_consumed_capacity(value);
        self
    }
    /// Sets [`PutItemInput::return_item_collection_metrics`](PutItemInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        value: impl rt::Into<ReturnItemCollectionMetrics>,
    ) -> Self {
        self.input = self.input.return_item_collection_metrics(value);
        self
    }
    /// Sets or clears [`PutItemInput::return_item_collection_metrics`](PutItemInput::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        value: rt::Option<ReturnItemCollectionMetrics>,
    ) -> Self {
        self.input = self.input.set_return_item_collection_metrics(value);
        self
    }
    /// Sets [`PutItemInput::return_values`](PutItemInput::return_values).
    pub fn return_values(mut self, value: impl rt::Into<ReturnValue>) -> Self {
        self.input = self.input.return_values(value);
        self
    }
    /// Sets or clears [`PutItemInput::return_values`](PutItemInput::return_values).
    pub fn set_return_values(mut self, value: rt::Option<ReturnValue>) -> Self {
        self.input = self.input.set_return_values(value);
        self
    }
    /// Sets [`PutItemInput::return_values_on_condition_check_failure`](PutItemInput::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        value: impl rt::Into<ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.input = self.input.return_values_on_condition_check_failure(value);
        self
    }
    /// Sets or clears [`PutItemInput::return_values_on_condition_check_failure`](PutItemInput::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        value: rt::Option<ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.input = self
            .input
            .set_return_values_on_condition_check_failure(value);
        self
    }
    /// Sets [`PutItemInput::table_name`](PutItemInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.table_name(value);
        self
    }
    /// Sets or clears [`PutItemInput::table_name`](PutItemInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_table_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutItemInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutItemInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PutItemOutput, SdkError<PutItemError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::PUT_ITEM, &input, stream)
            .await
    }
}
/// A `Query` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct QueryFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: QueryInputBuilder,
}
impl ::std::convert::From<QueryFluentBuilder> for QueryInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: QueryFluentBuilder) -> Self {
        fluent.input
    }
}
impl QueryFluentBuilder {
    /// Appends one element to [`QueryInput::attributes_to_get`](QueryInput::attributes_to_get).
    pub fn attributes_to_get(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.attributes_to_get(value);
        self
    }
    /// Sets or clears [`QueryInput::attributes_to_get`](QueryInput::attributes_to_get).
    pub fn set_attributes_to_get(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_attributes_to_get(value);
        self
    }
    /// Sets [`QueryInput::conditional_operator`](QueryInput::conditional_operator).
    pub fn conditional_operator(mut self, value: impl rt::Into<ConditionalOperator>) -> Self {
        self.input = self.input.conditional_operator(value);
        self
    }
    /// Sets or clears [`QueryInput::conditional_operator`](QueryInput::conditional_operator).
    pub fn set_conditional_operator(mut self, value: rt::Option<ConditionalOperator>) -> Self {
        self.input = self.input.set_conditional_operator(value);
        self
    }
    /// Sets [`QueryInput::consistent_read`](QueryInput::consistent_read).
    pub fn consistent_read(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.consistent_read(value);
        self
    }
    /// Sets or clears [`QueryInput::consistent_read`](QueryInput::consistent_read).
    pub fn set_consistent_read(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_consistent_read(value);
        self
    }
    /// Inserts one entry into [`QueryInput::exclusive_start_key`](QueryInput::exclusive_start_key).
    pub fn exclusive_start_key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.input = self.input.exclusive_start_key(key, value);
        self
    }
    /// Sets or clears [`QueryInput::exclusive_start_key`](QueryInput::exclusive_start_key).
    pub fn set_exclusive_start_key(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.input = self.input.set_exclusive_start_key(value);
        self
    }
    /// Inserts one entry into [`QueryInput::expression_attribute_names`](QueryInput::expression_attribute_names).
    pub fn expression_attribute_names(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.expression_attribute_names(key, value);
        self
    }
    /// Sets or clears [`QueryInput::expression_attribute_names`](QueryInput::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_expression_attribute_names(value);
        self
    }
    /// Inserts one entry into [`QueryInput::expression_attribute_values`](QueryInput::expression_attribute_values).
    pub fn expression_attribute_values(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.input = self.input.expression_attribute_values(key, value);
        self
    }
    /// Sets or clears [`QueryInput::expression_attribute_values`](QueryInput::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.input = self.input.set_expression_attribute_values(value);
        self
    }
    /// Sets [`QueryInput::filter_expression`](QueryInput::filter_expression).
    pub fn filter_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.filter_expression(value);
        self
    }
    /// Sets or clears [`QueryInput::filter_expression`](QueryInput::filter_expression).
    pub fn set_filter_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_filter_expression(value);
        self
    }
    /// Sets [`QueryInput::index_name`](QueryInput::index_name).
    pub fn index_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.index_name(value);
        self
    }
    /// Sets or clears [`QueryInput::index_name`](QueryInput::index_name).
    pub fn set_index_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_index_name(value);
        self
    }
    /// Sets [`QueryInput::key_condition_expression`](QueryInput::key_condition_expression).
    pub fn key_condition_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key_condition_expression(value);
        self
    }
    /// Sets or clears [`QueryInput::key_condition_expression`](QueryInput::key_condition_expression).
    pub fn set_key_condition_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key_condition_expression(value);
        self
    }
    /// Inserts one entry into [`QueryInput::key_conditions`](QueryInput::key_conditions).
    pub fn key_conditions(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<Condition>,
    ) -> Self {
        self.input = self.input.key_conditions(key, value);
        self
    }
    /// Sets or clears [`QueryInput::key_conditions`](QueryInput::key_conditions).
    pub fn set_key_conditions(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, Condition>>,
    ) -> Self {
        self.input = self.input.set_key_conditions(value);
        self
    }
    /// Sets [`QueryInput::limit`](QueryInput::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.limit(value);
        self
    }
    /// Sets or clears [`QueryInput::limit`](QueryInput::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_limit(value);
        self
    }
    /// Sets [`QueryInput::projection_expression`](QueryInput::projection_expression).
    pub fn projection_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.projection_expression(value);
        self
    }
    /// Sets or clears [`QueryInput::projection_expression`](QueryInput::projection_expression).
    pub fn set_projection_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_projection_expression(value);
        self
    }
    /// Inserts one entry into [`QueryInput::query_filter`](QueryInput::query_filter).
    pub fn query_filter(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<Condition>,
    ) -> Self {
        self.input = self.input.query_filter(key, value);
        self
    }
    /// Sets or clears [`QueryInput::query_filter`](QueryInput::query_filter).
    pub fn set_query_filter(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, Condition>>,
    ) -> Self {
        self.input = self.input.set_query_filter(value);
        self
    }
    /// Sets [`QueryInput::return_consumed_capacity`](QueryInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        value: impl rt::Into<ReturnConsumedCapacity>,
    ) -> Self {
        self.input = self.input.return_consumed_capacity(value);
        self
    }
    /// Sets or clears [`QueryInput::return_consumed_capacity`](QueryInput::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        value: rt::Option<ReturnConsumedCapacity>,
    ) -> Self {
        self.input = self.input.set_return_consumed_capacity(value);
        self
    }
    /// Sets [`QueryInput::scan_index_forward`](QueryInput::scan_index_forward).
    pub fn scan_index_forward(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.scan_index_forward(value);
        self
    }
    /// Sets or clears [`QueryInput::scan_index_forward`](QueryInput::scan_index_forward).
    pub fn set_scan_index_forward(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_scan_index_forward(value);
        self
    }
    /// Sets [`QueryInput::select`](QueryInput::select).
    pub fn select(mut self, value: impl rt::Into<Select>) -> Self {
        self.input = self.input.select(value);
        self
    }
    /// Sets or clears [`QueryInput::select`](QueryInput::select).
    pub fn set_select(mut self, value: rt::Option<Select>) -> Self {
        self.input = self.input.set_select(value);
        self
    }
    /// Sets [`QueryInput::table_name`](QueryInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.table_name(value);
        self
    }
    /// Sets or clears [`QueryInput::table_name`](QueryInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_table_name(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: QueryInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut QueryInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<QueryOutput, SdkError<QueryError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::QUERY, &input, stream)
            .await
    }
}
impl QueryFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> QueryPaginator {
        QueryPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `Query`, following `LastEvaluatedKey`.
#[derive(Debug)]
pub struct QueryPaginator {
    call: QueryFluentBuilder,
    token: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    done: bool,
}
impl QueryPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(&mut self) -> rt::Option<rt::Result<QueryOutput, SdkError<QueryError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.exclusive_start_key = Some(token.clone());
        }
        let page = call.send().await;
        let next = page
            .as_ref()
            .ok()
            .and_then(|p| p.last_evaluated_key.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<QueryOutput, SdkError<QueryError>>> {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `Items` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<rt::BTreeMap<rt::String, AttributeValue>>, SdkError<QueryError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.items.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `Items` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<
        Item = rt::Result<rt::BTreeMap<rt::String, AttributeValue>, SdkError<QueryError>>,
    > {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.items.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `UpdateItem` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UpdateItemFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: UpdateItemInputBuilder,
}
impl ::std::convert::From<UpdateItemFluentBuilder> for UpdateItemInputBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: UpdateItemFluentBuilder) -> Self {
        fluent.input
    }
}
impl UpdateItemFluentBuilder {
    /// Inserts one entry into [`UpdateItemInput::attribute_updates`](UpdateItemInput::attribute_updates).
    pub fn attribute_updates(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValueUpdate>,
    ) -> Self {
        self.input = self.input.attribute_updates(key, value);
        self
    }
    /// Sets or clears [`UpdateItemInput::attribute_updates`](UpdateItemInput::attribute_updates).
    pub fn set_attribute_updates(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValueUpdate>>,
    ) -> Self {
        self.input = self.input.set_attribute_updates(value);
        self
    }
    /// Sets [`UpdateItemInput::condition_expression`](UpdateItemInput::condition_expression).
    pub fn condition_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.condition_expression(value);
        self
    }
    /// Sets or clears [`UpdateItemInput::condition_expression`](UpdateItemInput::condition_expression).
    pub fn set_condition_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_condition_expression(value);
        self
    }
    /// Sets [`UpdateItemInput::conditional_operator`](UpdateItemInput::conditional_operator).
    pub fn conditional_operator(mut self, value: impl rt::Into<ConditionalOperator>) -> Self {
        self.input = self.input.conditional_operator(value);
        self
    }
    /// Sets or clears [`UpdateItemInput::conditional_operator`](UpdateItemInput::conditional_operator).
    pub fn set_conditional_operator(mut self, value: rt::Option<ConditionalOperator>) -> Self {
        self.input = self.input.set_conditional_operator(value);
        self
    }
    /// Inserts one entry into [`UpdateItemInput::expected`](UpdateItemInput::expected).
    pub fn expected(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<ExpectedAttributeValue>,
    ) -> Self {
        self.input = self.input.expected(key, value);
        self
    }
    /// Sets or clears [`UpdateItemInput::expected`](UpdateItemInput::expected).
    pub fn set_expected(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, ExpectedAttributeValue>>,
    ) -> Self {
        self.input = self.input.set_expected(value);
        self
    }
    /// Inserts one entry into [`UpdateItemInput::expression_attribute_names`](UpdateItemInput::expression_attribute_names).
    pub fn expression_attribute_names(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.expression_attribute_names(key, value);
        self
    }
    /// Sets or clears [`UpdateItemInput::expression_attribute_names`](UpdateItemInput::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_expression_attribute_names(value);
        self
    }
    /// Inserts one entry into [`UpdateItemInput::expression_attribute_values`](UpdateItemInput::expression_attribute_values).
    pub fn expression_attribute_values(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.input = self.input.expression_attribute_values(key, value);
        self
    }
    /// Sets or clears [`UpdateItemInput::expression_attribute_values`](UpdateItemInput::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>,
    ) -> Self {
        self.input = self.input.set_expression_attribute_values(value);
        self
    }
    /// Inserts one entry into [`UpdateItemInput::key`](UpdateItemInput::key).
    pub fn key(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<AttributeValue>,
    ) -> Self {
        self.input = self.input.key(key, value);
        self
    }
    /// Sets or clears [`UpdateItemInput::key`](UpdateItemInput::key).
    pub fn set_key(mut self, value: rt::Option<rt::BTreeMap<rt::String, AttributeValue>>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`UpdateItemInput::return_consumed_capacity`](UpdateItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        value: impl rt::Into<ReturnConsumedCapacity>,
    ) -> Self {
        self.input = self.input.return_consumed_capacity(value);
        self
    }
    /// Sets or clears [`UpdateItemInput::return_consumed_capacity`](UpdateItemInput::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        value: rt::Option<ReturnConsumedCapacity>,
    ) -> Self {
        self.input = self.input.set_return_consumed_capacity(value);
        self
    }
    /// Sets [`UpdateItemInput::return_item_collection_metrics`](UpdateItemInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        value: impl rt::Into<ReturnItemCollectionMetrics>,
    ) -> Self {
        self.input = self.input.return_item_collection_metrics(value);
        self
    }
    /// Sets or clears [`UpdateItemInput::return_item_collection_metrics`](UpdateItemInput::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        value: rt::Option<ReturnItemCollectionMetrics>,
    ) -> Self {
        self.input = self.input.set_return_item_collection_metrics(value);
        self
    }
    /// Sets [`UpdateItemInput::return_values`](UpdateItemInput::return_values).
    pub fn return_values(mut self, value: impl rt::Into<ReturnValue>) -> Self {
        self.input = self.input.return_values(value);
        self
    }
    /// Sets or clears [`UpdateItemInput::return_values`](UpdateItemInput::return_values).
    pub fn set_return_values(mut self, value: rt::Option<ReturnValue>) -> Self {
        self.input = self.input.set_return_values(value);
        self
    }
    /// Sets [`UpdateItemInput::return_values_on_condition_check_failure`](UpdateItemInput::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        value: impl rt::Into<ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.input = self.input.return_values_on_condition_check_failure(value);
        self
    }
    /// Sets or clears [`UpdateItemInput::return_values_on_condition_check_failure`](UpdateItemInput::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        value: rt::Option<ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.input = self
            .input
            .set_return_values_on_condition_check_failure(value);
        self
    }
    /// Sets [`UpdateItemInput::table_name`](UpdateItemInput::table_name).
    pub fn table_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.table_name(value);
        self
    }
    /// Sets or clears [`UpdateItemInput::table_name`](UpdateItemInput::table_name).
    pub fn set_table_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_table_name(value);
        self
    }
    /// Sets [`UpdateItemInput::update_expression`](UpdateItemInput::update_expression).
    pub fn update_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.update_expression(value);
        self
    }
    /// Sets or clears [`UpdateItemInput::update_expression`](UpdateItemInput::update_expression).
    pub fn set_update_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_update_expression(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UpdateItemInputBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut UpdateItemInputBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<UpdateItemOutput, SdkError<UpdateItemError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&dynamodb_types::http::UPDATE_ITEM, &input, stream)
            .await
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"For region af-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.af-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ap-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ap-northeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ap-northeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ap-northeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ap-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ap-southeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ap-southeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ap-southeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.eu-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.eu-north-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.eu-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.eu-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.eu-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.eu-west-3.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region local with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region me-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.me-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region sa-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.sa-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-northwest-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-northwest-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-northwest-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-west-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-isob-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-isob-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with region set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with region not set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with fips enabled and dualstack disabled\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with fips disabled and dualstack enabled\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Missing region\",\"expect\":{\"error\":\"Invalid Configuration: Missing Region\"}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=preferred, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=disabled, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=required, Region=us-east-1, Endpoint=https://example.com}\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=preferred, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=disabled, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and local endpoint are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"local\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=required, Region=local}\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"name\":\"sigv4\",\"signingName\":\"dynamodb\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://localhost:8000\"}},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"local\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://111111111111.ddb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://333333333333.ddb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://222222222222.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://333333333333.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://333333333333.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://111111111111.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://111111111111.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"error\":\"Credentials-sourced account ID parameter is invalid\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://222222222222.ddb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://333333333333.ddb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://222222222222.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=preferred, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and DualStack is enabled, but DualStack account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://111111111111.ddb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://333333333333.ddb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://222222222222.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://333333333333.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://333333333333.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://111111111111.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://111111111111.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Credentials-sourced account ID parameter is invalid\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and DualStack is enabled, but DualStack account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://222222222222.ddb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"AccountIdEndpointMode is required but no AccountID was provided or able to be loaded\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"AccountIdEndpointMode is required but no AccountID was provided or able to be loaded\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"AccountIdEndpointMode is required but no AccountID was provided or able to be loaded\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and DualStack is enabled, but DualStack account endpoints are not supported\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://333333333333.ddb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://222222222222.ddb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=required, Region=us-east-1}\",\"expect\":{\"error\":\"AccountIdEndpointMode is required but no AccountID was provided or able to be loaded\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and DualStack is enabled, but DualStack account endpoints are not supported\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and DualStack is enabled, but DualStack account endpoints are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required and DualStack is enabled, but DualStack account endpoints are not supported\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"required\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=required, Region=cn-north-1}\",\"expect\":{\"error\":\"Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition\"},\"params\":{\"AccountIdEndpointMode\":\"required\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":true},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.api.aws\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"disabled\",\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=disabled, Region=us-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"disabled\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=preferred, Region=cn-north-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-iso-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-iso-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-iso-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-iso-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-iso-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-iso-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-iso-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=preferred, Region=us-iso-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-gov-east-1.api.aws\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.api.aws\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-gov-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"111111111111\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-gov-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-west-2:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-west-2:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=111111111111, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, ResourceArnList=[arn:aws:s3:us-east-1:333333333333:stream/testStream], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountId\":\"111111111111\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"ResourceArnList\":[\"arn:aws:s3:us-east-1:333333333333:stream/testStream\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountId=, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountId\":\"\",\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-gov-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"ListTables\"}],\"params\":{\"AccountId\":\"\",\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-gov-east-1.api.aws\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.api.aws\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-gov-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-west-2:222222222222:table/table_name, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-gov-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-west-2:222222222222:table/table_name\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:s3:us-west-2:222222222222:stream/testStream, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-gov-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"DescribeTable\",\"operationParams\":{\"TableName\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\"}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:s3:us-west-2:222222222222:stream/testStream\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=true, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb-fips.us-gov-east-1.api.aws\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=true, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"{UseFIPS=false, UseDualStack=true, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.api.aws\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Auth::AccountIdEndpointMode\":\"preferred\",\"AWS::Region\":\"us-gov-east-1\",\"AWS::UseDualStack\":false,\"AWS::UseFIPS\":false},\"operationName\":\"BatchGetItem\",\"operationParams\":{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\":{\"Keys\":[{\"pk\":{\"S\":\"value\"}}]}}}}],\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, ResourceArn=arn:aws:dynamodb:us-east-1:222222222222:table/table_name, ResourceArnList=[arn:aws:dynamodb:us-east-1:333333333333:table/table_name], AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:222222222222:table/table_name\",\"ResourceArnList\":[\"arn:aws:dynamodb:us-east-1:333333333333:table/table_name\"],\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"{UseFIPS=false, UseDualStack=false, AccountIdEndpointMode=preferred, Region=us-gov-east-1}\",\"expect\":{\"endpoint\":{\"url\":\"https://dynamodb.us-gov-east-1.amazonaws.com\"}},\"params\":{\"AccountIdEndpointMode\":\"preferred\",\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 357usize),
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
