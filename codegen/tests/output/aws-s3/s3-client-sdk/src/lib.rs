// Generated from models/aws-s3.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the Amazon Simple Storage Service.
#![allow(deprecated)]
use ::codegen_rt as rt;
pub use rt::auth::{EnvToken, ProvideToken, StaticToken};
pub use rt::client::{
    AssumeRoleError, AssumeRoleProvider, PresignedRequest, PresigningConfig, PresigningConfigError,
};
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
    pub use rt::client::{
        AssumeRoleError, AssumeRoleProvider, PresignedRequest, PresigningConfig,
        PresigningConfigError,
    };
    pub use rt::{
        BigDecimal, BigInteger, Blob, BuildError, ByteStream, DateTime, Document, EventStream,
        EventStreamError, ModeledError, OperationError, Protocol, RequestId, ResponseMeta,
        Unhandled,
    };
}
pub use s3_types;
use s3_types::error::*;
use s3_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "AmazonS3",
    signing_name: "s3",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[
        rt::client::Customization::LabelInEndpoint("Bucket"),
        rt::client::Customization::ErrorIn200 {
            operations: &["CopyObject", "CompleteMultipartUpload"],
        },
        rt::client::Customization::ExpectContinue {
            operations: &["PutObject", "UploadPart"],
        },
        rt::client::Customization::BucketRegionRedirect,
    ],
    endpoint_prefix: "s3",
    protocols: &[rt::Protocol::RestXml],
    user_agent: "s3-client-sdk/0.1.0",
    operations: &[
        rt::client::OperationInfo {
            name: "AbortMultipartUpload",
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
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
        rt::client::OperationInfo {
            name: "CompleteMultipartUpload",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
        rt::client::OperationInfo {
            name: "CopyObject",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("DisableS3ExpressSessionAuth", rt::client::EndpointParam::Bool(true)),
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("CopySource", rt::client::EndpointParam::Member("CopySource")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
        rt::client::OperationInfo {
            name: "CreateBucket",
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
            endpoint_params: &[
                ("DisableAccessPoints", rt::client::EndpointParam::Bool(true)),
                ("UseS3ExpressControlEndpoint", rt::client::EndpointParam::Bool(true)),
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
            ],
        },
        rt::client::OperationInfo {
            name: "CreateMultipartUpload",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
        rt::client::OperationInfo {
            name: "DeleteBucket",
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
            endpoint_params: &[
                ("UseS3ExpressControlEndpoint", rt::client::EndpointParam::Bool(true)),
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
            ],
        },
        rt::client::OperationInfo {
            name: "DeleteObject",
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
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
        rt::client::OperationInfo {
            name: "GetObject",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: Some(rt::client::FlexibleChecksum {
                algorithm_member: None,
                required: false,
                validation_member: Some("ChecksumMode"),
                response_algorithms: &["CRC64NVME", "CRC32", "CRC32C", "SHA256", "SHA1"],
            }),
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
        rt::client::OperationInfo {
            name: "HeadBucket",
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
            endpoint_params: &[("Bucket", rt::client::EndpointParam::Member("Bucket"))],
        },
        rt::client::OperationInfo {
            name: "HeadObject",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
        rt::client::OperationInfo {
            name: "ListObjectsV2",
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
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Prefix", rt::client::EndpointParam::Member("Prefix")),
            ],
        },
        rt::client::OperationInfo {
            name: "PutObject",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: Some(rt::client::FlexibleChecksum {
                algorithm_member: Some("ChecksumAlgorithm"),
                required: false,
                validation_member: None,
                response_algorithms: &[],
            }),
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
        rt::client::OperationInfo {
            name: "SelectObjectContent",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: None,
            endpoint_params: &[("Bucket", rt::client::EndpointParam::Member("Bucket"))],
        },
        rt::client::OperationInfo {
            name: "UploadPart",
            gzip: false,
            host_prefix: None,
            idempotency_tokens: &[],
            auth: None,
            discovered_endpoint: None,
            discovery_ids: &[],
            event_stream: false,
            sensitive: true,
            checksum_required: false,
            flexible_checksum: Some(rt::client::FlexibleChecksum {
                algorithm_member: Some("ChecksumAlgorithm"),
                required: false,
                validation_member: None,
                response_algorithms: &[],
            }),
            endpoint_params: &[
                ("Bucket", rt::client::EndpointParam::Member("Bucket")),
                ("Key", rt::client::EndpointParam::Member("Key")),
            ],
        },
    ],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: s3_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"parameters\":{\"Accelerate\":{\"builtIn\":\"AWS::S3::Accelerate\",\"default\":false,\"documentation\":\"When true, use S3 Accelerate. NOTE: Not all regions support S3 accelerate.\",\"required\":true,\"type\":\"Boolean\"},\"Bucket\":{\"documentation\":\"The S3 bucket used to send the request. This is an optional parameter that will be set automatically for operations that are scoped to an S3 bucket.\",\"required\":false,\"type\":\"String\"},\"CopySource\":{\"documentation\":\"The Copy Source used for Copy Object request. This is an optional parameter that will be set automatically for operations that are scoped to Copy Source.\",\"required\":false,\"type\":\"String\"},\"DisableAccessPoints\":{\"documentation\":\"Internal parameter to disable Access Point Buckets\",\"required\":false,\"type\":\"Boolean\"},\"DisableMultiRegionAccessPoints\":{\"builtIn\":\"AWS::S3::DisableMultiRegionAccessPoints\",\"default\":false,\"documentation\":\"Whether multi-region access points (MRAP) should be disabled.\",\"required\":true,\"type\":\"Boolean\"},\"DisableS3ExpressSessionAuth\":{\"documentation\":\"Parameter to indicate whether S3Express session auth should be disabled\",\"required\":false,\"type\":\"Boolean\"},\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"documentation\":\"Override the endpoint used to send this request\",\"required\":false,\"type\":\"String\"},\"ForcePathStyle\":{\"builtIn\":\"AWS::S3::ForcePathStyle\",\"default\":false,\"documentation\":\"When true, force a path-style endpoint to be used where the bucket name is part of the path.\",\"required\":true,\"type\":\"Boolean\"},\"Key\":{\"documentation\":\"The S3 Key used to send the request. This is an optional parameter that will be set automatically for operations that are scoped to an S3 Key.\",\"required\":false,\"type\":\"String\"},\"Prefix\":{\"documentation\":\"The S3 Prefix used to send the request. This is an optional parameter that will be set automatically for operations that are scoped to an S3 Prefix.\",\"required\":false,\"type\":\"String\"},\"Region\":{\"builtIn\":\"AWS::Region\",\"documentation\":\"The AWS region used to dispatch the request.\",\"required\":false,\"type\":\"String\"},\"UseArnRegion\":{\"builtIn\":\"AWS::S3::UseArnRegion\",\"documentation\":\"When an Access Point ARN is provided and this flag is enabled, the SDK MUST use the ARN's region when constructing the endpoint instead of the client's configured region.\",\"required\":false,\"type\":\"Boolean\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"default\":false,\"documentation\":\"When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"default\":false,\"documentation\":\"When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseGlobalEndpoint\":{\"builtIn\":\"AWS::S3::UseGlobalEndpoint\",\"default\":false,\"documentation\":\"Whether the global endpoint should be used, rather then the regional endpoint for us-east-1.\",\"required\":true,\"type\":\"Boolean\"},\"UseObjectLambdaEndpoint\":{\"documentation\":\"Internal parameter to use object lambda endpoint for an operation (eg: WriteGetObjectResponse)\",\"required\":false,\"type\":\"Boolean\"},\"UseS3ExpressControlEndpoint\":{\"documentation\":\"Internal parameter to indicate whether S3Express operation should use control plane, (ex. CreateBucket)\",\"required\":false,\"type\":\"Boolean\"}},\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Accelerate cannot be used with FIPS\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"A custom endpoint cannot be combined with FIPS\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"A custom endpoint cannot be combined with S3 Accelerate\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"},{\"argv\":[{\"argv\":[{\"ref\":\"partitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws-cn\"],\"fn\":\"stringEquals\"}],\"error\":\"Partition does not support FIPS\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Bucket\"},0,6,true],\"assign\":\"bucketSuffix\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"bucketSuffix\"},\"--x-s3\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3Express does not support Dual-stack.\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3Express does not support S3 Accelerate.\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"DisableS3ExpressSessionAuth\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"DisableS3ExpressSessionAuth\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"isIp\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"assign\":\"uri_encoded_bucket\",\"fn\":\"uriEncode\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},false],\"fn\":\"aws.isVirtualHostableS3Bucket\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"{url#scheme}://{Bucket}.{url#authority}{url#path}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"S3Express bucket name is not a valid virtual hostable name.\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"isIp\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"assign\":\"uri_encoded_bucket\",\"fn\":\"uriEncode\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},false],\"fn\":\"aws.isVirtualHostableS3Bucket\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"{url#scheme}://{Bucket}.{url#authority}{url#path}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"S3Express bucket name is not a valid virtual hostable name.\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseS3ExpressControlEndpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"UseS3ExpressControlEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"assign\":\"uri_encoded_bucket\",\"fn\":\"uriEncode\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://s3express-control-fips.{Region}.amazonaws.com/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://s3express-control.{Region}.amazonaws.com/{uri_encoded_bucket}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},false],\"fn\":\"aws.isVirtualHostableS3Bucket\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"DisableS3ExpressSessionAuth\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"DisableS3ExpressSessionAuth\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,14,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},14,16,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,15,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},15,17,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,19,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},19,21,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,20,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},20,22,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,26,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},26,28,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Unrecognized S3Express bucket name format.\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,14,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},14,16,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,15,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},15,17,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,19,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},19,21,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,20,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},20,22,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},6,26,true],\"assign\":\"s3expressAvailabilityZoneId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},26,28,true],\"assign\":\"s3expressAvailabilityZoneDelim\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"s3expressAvailabilityZoneDelim\"},\"--\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-fips-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://{Bucket}.s3express-{s3expressAvailabilityZoneId}.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Unrecognized S3Express bucket name format.\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"S3Express bucket name is not a valid virtual hostable name.\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseS3ExpressControlEndpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"UseS3ExpressControlEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"{url#scheme}://{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://s3express-control-fips.{Region}.amazonaws.com\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"{Region}\"}],\"backend\":\"S3Express\"},\"url\":\"https://s3express-control.{Region}.amazonaws.com\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Bucket\"},49,50,true],\"assign\":\"hardwareType\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},8,12,true],\"assign\":\"regionPrefix\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},0,7,true],\"assign\":\"bucketAliasSuffix\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Bucket\"},32,49,true],\"assign\":\"outpostId\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"regionPartition\",\"fn\":\"aws.partition\"},{\"argv\":[{\"ref\":\"bucketAliasSuffix\"},\"--op-s3\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"outpostId\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"hardwareType\"},\"e\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"regionPrefix\"},\"beta\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"}],\"error\":\"Expected a endpoint to be specified but no endpoint was found\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.ec2.{url#authority}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.ec2.s3-outposts.{Region}.{regionPartition#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"hardwareType\"},\"o\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"regionPrefix\"},\"beta\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"}],\"error\":\"Expected a endpoint to be specified but no endpoint was found\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.op-{outpostId}.{url#authority}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.op-{outpostId}.s3-outposts.{Region}.{regionPartition#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Unrecognized hardware type: \\\"Expected hardware type o or e but got {hardwareType}\\\"\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`.\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"parseURL\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"}],\"error\":\"Custom endpoint `{Endpoint}` was not a valid URI\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"ForcePathStyle\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Bucket\"},false],\"fn\":\"aws.isVirtualHostableS3Bucket\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"partitionResult\"},\"name\"],\"fn\":\"getAttr\"},\"aws-cn\"],\"fn\":\"stringEquals\"}],\"error\":\"S3 Accelerate cannot be used in this region\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"isIp\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"isIp\"],\"fn\":\"getAttr\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"{url#scheme}://{Bucket}.{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"isIp\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"isIp\"],\"fn\":\"getAttr\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{Bucket}.{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{Bucket}.{url#authority}{url#path}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"isIp\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"isIp\"],\"fn\":\"getAttr\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{Bucket}.{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://{Bucket}.s3.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid region: region was not a valid DNS name.\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"url\"},\"scheme\"],\"fn\":\"getAttr\"},\"http\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"ref\":\"Bucket\"},true],\"fn\":\"aws.isVirtualHostableS3Bucket\"},{\"argv\":[{\"ref\":\"ForcePathStyle\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{Bucket}.{url#authority}{url#path}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid region: region was not a valid DNS name.\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"ForcePathStyle\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Bucket\"}],\"assign\":\"bucketArn\",\"fn\":\"aws.parseArn\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[0]\"],\"assign\":\"arnType\",\"fn\":\"getAttr\"},{\"argv\":[{\"argv\":[{\"ref\":\"arnType\"},\"\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"service\"],\"fn\":\"getAttr\"},\"s3-object-lambda\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"arnType\"},\"accesspoint\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[1]\"],\"assign\":\"accessPointName\",\"fn\":\"getAttr\"},{\"argv\":[{\"argv\":[{\"ref\":\"accessPointName\"},\"\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 Object Lambda does not support Dual-stack\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 Object Lambda does not support S3 Accelerate\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},\"\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"DisableAccessPoints\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"DisableAccessPoints\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Access points are not supported for this operation\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[2]\"],\"fn\":\"getAttr\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseArnRegion\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"UseArnRegion\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},\"{Region}\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"error\":\"Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"}],\"assign\":\"bucketPartition\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketPartition\"},\"name\"],\"fn\":\"getAttr\"},{\"argv\":[{\"ref\":\"partitionResult\"},\"name\"],\"fn\":\"getAttr\"}],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},true],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"accountId\"],\"fn\":\"getAttr\"},\"\"],\"fn\":\"stringEquals\"}],\"error\":\"Invalid ARN: Missing account id\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"accountId\"],\"fn\":\"getAttr\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"accessPointName\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"https://{accessPointName}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName}`\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#name}`\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The ARN may only contain a single resource component after `accesspoint`.\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: bucket ARN is missing a region\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `{arnType}`\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"arnType\"},\"accesspoint\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[1]\"],\"assign\":\"accessPointName\",\"fn\":\"getAttr\"},{\"argv\":[{\"argv\":[{\"ref\":\"accessPointName\"},\"\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},\"\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"arnType\"},\"accesspoint\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},\"\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"DisableAccessPoints\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"DisableAccessPoints\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Access points are not supported for this operation\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[2]\"],\"fn\":\"getAttr\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseArnRegion\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"UseArnRegion\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},\"{Region}\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"error\":\"Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"}],\"assign\":\"bucketPartition\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketPartition\"},\"name\"],\"fn\":\"getAttr\"},\"{partitionResult#name}\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},true],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"service\"],\"fn\":\"getAttr\"},\"s3\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"accountId\"],\"fn\":\"getAttr\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"accessPointName\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Access Points do not support S3 Accelerate\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"{url#scheme}://{accessPointName}-{bucketArn#accountId}.{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"https://{accessPointName}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName}`\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The ARN was not for the S3 service, found: {bucketArn#service}\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#name}`\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The ARN may only contain a single resource component after `accesspoint`.\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"accessPointName\"},true],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 MRAP does not support dual-stack\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 MRAP does not support FIPS\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 MRAP does not support S3 Accelerate\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"DisableMultiRegionAccessPoints\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid configuration: Multi-Region Access Point ARNs are disabled.\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"mrapPartition\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"mrapPartition\"},\"name\"],\"fn\":\"getAttr\"},{\"argv\":[{\"ref\":\"bucketArn\"},\"partition\"],\"fn\":\"getAttr\"}],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3\",\"signingRegionSet\":[\"*\"]}]},\"url\":\"https://{accessPointName}.accesspoint.s3-global.{mrapPartition#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Client was configured for partition `{mrapPartition#name}` but bucket referred to partition `{bucketArn#partition}`\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Access Point Name\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"service\"],\"fn\":\"getAttr\"},\"s3-outposts\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 Outposts does not support Dual-stack\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 Outposts does not support FIPS\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 Outposts does not support S3 Accelerate\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[4]\"],\"fn\":\"getAttr\"}],\"fn\":\"isSet\"}],\"error\":\"Invalid Arn: Outpost Access Point ARN contains sub resources\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[1]\"],\"assign\":\"outpostId\",\"fn\":\"getAttr\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"outpostId\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseArnRegion\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"UseArnRegion\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},\"{Region}\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"}],\"error\":\"Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"}],\"assign\":\"bucketPartition\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketPartition\"},\"name\"],\"fn\":\"getAttr\"},{\"argv\":[{\"ref\":\"partitionResult\"},\"name\"],\"fn\":\"getAttr\"}],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"region\"],\"fn\":\"getAttr\"},true],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"accountId\"],\"fn\":\"getAttr\"},false],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[2]\"],\"assign\":\"outpostType\",\"fn\":\"getAttr\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"bucketArn\"},\"resourceId[3]\"],\"assign\":\"accessPointName\",\"fn\":\"getAttr\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"outpostType\"},\"accesspoint\"],\"fn\":\"stringEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"https://{accessPointName}-{bucketArn#accountId}.{outpostId}.{url#authority}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"{bucketArn#region}\"}]},\"url\":\"https://{accessPointName}-{bucketArn#accountId}.{outpostId}.s3-outposts.{bucketArn#region}.{bucketPartition#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Expected an outpost type `accesspoint`, found {outpostType}\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: expected an access point name\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: Expected a 4-component resource\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#name}`\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `{outpostId}`\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: The Outpost Id was not set\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: Unrecognized format: {Bucket} (type: {arnType})\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid ARN: No ARN type specified\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"},0,4,false],\"assign\":\"arnPrefix\",\"fn\":\"substring\"},{\"argv\":[{\"ref\":\"arnPrefix\"},\"arn:\"],\"fn\":\"stringEquals\"},{\"argv\":[{\"argv\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"fn\":\"aws.parseArn\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"}],\"error\":\"Invalid ARN: `{Bucket}` was not a valid ARN\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"ForcePathStyle\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Bucket\"}],\"fn\":\"aws.parseArn\"}],\"error\":\"Path-style addressing cannot be used with ARN buckets\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"assign\":\"uri_encoded_bucket\",\"fn\":\"uriEncode\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},false],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Path-style addressing cannot be used with S3 Accelerate\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseObjectLambdaEndpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"UseObjectLambdaEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},true],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 Object Lambda does not support Dual-stack\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Accelerate\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"S3 Object Lambda does not support S3 Accelerate\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid region: region was not a valid DNS name.\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"Bucket\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"partitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},true],\"fn\":\"isValidHostLabel\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-fips.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3-fips.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"{url#scheme}://{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#path}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"},{\"argv\":[{\"ref\":\"Endpoint\"}],\"assign\":\"url\",\"fn\":\"parseURL\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"{url#scheme}://{url#authority}{url#path}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"},\"us-east-1\"],\"fn\":\"stringEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},false],\"fn\":\"booleanEquals\"},{\"argv\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"fn\":\"not\"},{\"argv\":[{\"argv\":[{\"ref\":\"Region\"},\"aws-global\"],\"fn\":\"stringEquals\"}],\"fn\":\"not\"},{\"argv\":[{\"ref\":\"UseGlobalEndpoint\"},false],\"fn\":\"booleanEquals\"}],\"endpoint\":{\"headers\":{},\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"{Region}\"}]},\"url\":\"https://s3.{Region}.{partitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid region: region was not a valid DNS name.\",\"type\":\"error\"}],\"type\":\"tree\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"A region must be set when sending requests to S3.\",\"type\":\"error\"}],\"version\":\"1.0\"}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
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
    /// This operation aborts a multipart upload. After a multipart upload is aborted, no additional parts can be uploaded using that upload ID. The storage consumed by any previously uploaded parts will be freed. However, if any part uploads are currently in progress, those part uploads might or might not succeed. As a result, it might be necessary to abort a given multipart upload multiple times in order to completely free all storage consumed by all parts.
    ///
    /// To verify that all parts have been removed and prevent getting charged for the part storage, you should call the [ListParts](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html) API operation and ensure that the parts list is empty.
    ///
    /// **Note:**
    /// - **Directory buckets** - If multipart uploads in a directory bucket are in progress, you can't delete the bucket until all the in-progress multipart uploads are aborted or completed. To delete these in-progress multipart uploads, use the `ListMultipartUploads` operation to list the in-progress multipart uploads in the bucket and use the `AbortMultipartUpload` operation to abort all the in-progress multipart uploads.
    /// - **Directory buckets** - For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - For information about permissions required to use the multipart upload, see [Multipart Upload and Permissions](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuAndPermissions.html) in the *Amazon S3 User Guide*.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) .
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// The following operations are related to `AbortMultipartUpload`:
    ///
    /// - [CreateMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html)
    /// - [UploadPart](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html)
    /// - [CompleteMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompleteMultipartUpload.html)
    /// - [ListParts](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html)
    /// - [ListMultipartUploads](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html)
    pub fn abort_multipart_upload(&self) -> AbortMultipartUploadFluentBuilder {
        AbortMultipartUploadFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: AbortMultipartUploadRequest::builder(),
        }
    }
    /// Completes a multipart upload by assembling previously uploaded parts.
    ///
    /// You first initiate the multipart upload and then upload all parts using the [UploadPart](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html) operation or the [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html) operation. After successfully uploading all relevant parts of an upload, you call this `CompleteMultipartUpload` operation to complete the upload. Upon receiving this request, Amazon S3 concatenates all the parts in ascending order by part number to create a new object. In the CompleteMultipartUpload request, you must provide the parts list and ensure that the parts list is complete. The CompleteMultipartUpload API operation concatenates the parts that you provide in the list. For each part in the list, you must provide the `PartNumber` value and the `ETag` value that are returned after that part was uploaded.
    ///
    /// The processing of a CompleteMultipartUpload request could take several minutes to finalize. After Amazon S3 begins processing the request, it sends an HTTP response header that specifies a `200 OK` response. While processing is in progress, Amazon S3 periodically sends white space characters to keep the connection from timing out. A request could fail after the initial `200 OK` response has been sent. This means that a `200 OK` response can contain either a success or an error. The error response might be embedded in the `200 OK` response. If you call this API operation directly, make sure to design your application to parse the contents of the response and handle it appropriately. If you use Amazon Web Services SDKs, SDKs handle this condition. The SDKs detect the embedded error and apply error handling per your configuration settings (including automatically retrying the request as appropriate). If the condition persists, the SDKs throw an exception (or, for the SDKs that don't use exceptions, they return an error).
    ///
    /// Note that if `CompleteMultipartUpload` fails, applications should be prepared to retry any failed requests (including 500 error responses). For more information, see [Amazon S3 Error Best Practices](https://docs.aws.amazon.com/AmazonS3/latest/dev/ErrorBestPractices.html).
    ///
    /// **Note:** You can't use `Content-Type: application/x-www-form-urlencoded` for the CompleteMultipartUpload requests. Also, if you don't provide a `Content-Type` header, `CompleteMultipartUpload` can still return a `200 OK` response.
    ///
    /// For more information about multipart uploads, see [Uploading Objects Using Multipart Upload](https://docs.aws.amazon.com/AmazonS3/latest/dev/uploadobjusingmpu.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** **Directory buckets** - For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - For information about permissions required to use the multipart upload API, see [Multipart Upload and Permissions](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuAndPermissions.html) in the *Amazon S3 User Guide*. If you provide an [additional checksum value](https://docs.aws.amazon.com/AmazonS3/latest/API/API_Checksum.html) in your `MultipartUpload` requests and the object is encrypted with Key Management Service, you must have permission to use the `kms:Decrypt` action for the `CompleteMultipartUpload` request to succeed.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) . If the object is encrypted with SSE-KMS, you must also have the `kms:GenerateDataKey` and `kms:Decrypt` permissions in IAM identity-based policies and KMS key policies for the KMS key.
    ///
    /// **Special errors**
    /// - Error Code: `EntityTooSmall`
    /// - Description: Your proposed upload is smaller than the minimum allowed object size. Each part must be at least 5 MB in size, except the last part.
    /// - HTTP Status Code: 400 Bad Request
    /// - Error Code: `InvalidPart`
    /// - Description: One or more of the specified parts could not be found. The part might not have been uploaded, or the specified ETag might not have matched the uploaded part's ETag.
    /// - HTTP Status Code: 400 Bad Request
    /// - Error Code: `InvalidPartOrder`
    /// - Description: The list of parts was not in ascending order. The parts list must be specified in order by part number.
    /// - HTTP Status Code: 400 Bad Request
    /// - Error Code: `NoSuchUpload`
    /// - Description: The specified multipart upload does not exist. The upload ID might be invalid, or the multipart upload might have been aborted or completed.
    /// - HTTP Status Code: 404 Not Found
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// The following operations are related to `CompleteMultipartUpload`:
    ///
    /// - [CreateMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html)
    /// - [UploadPart](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html)
    /// - [AbortMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html)
    /// - [ListParts](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html)
    /// - [ListMultipartUploads](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html)
    pub fn complete_multipart_upload(&self) -> CompleteMultipartUploadFluentBuilder {
        CompleteMultipartUploadFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CompleteMultipartUploadRequest::builder(),
        }
    }
    /// Creates a copy of an object that is already stored in Amazon S3.
    ///
    /// **Note:** You can store individual objects of up to 5 TB in Amazon S3. You create a copy of your object up to 5 GB in size in a single atomic action using this API. However, to copy an object greater than 5 GB, you must use the multipart upload Upload Part - Copy (UploadPartCopy) API. For more information, see [Copy Object Using the REST Multipart Upload API](https://docs.aws.amazon.com/AmazonS3/latest/dev/CopyingObjctsUsingRESTMPUapi.html).
    ///
    /// You can copy individual objects between general purpose buckets, between directory buckets, and between general purpose buckets and directory buckets.
    ///
    /// **Note:**
    /// - Amazon S3 supports copy operations using Multi-Region Access Points only as a destination when using the Multi-Region Access Point ARN.
    /// - **Directory buckets ** - For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    /// - VPC endpoints don't support cross-Region requests (including copies). If you're using VPC endpoints, your source and destination buckets should be in the same Amazon Web Services Region as your VPC endpoint.
    ///
    /// Both the Region that you want to copy the object from and the Region that you want to copy the object to must be enabled for your account. For more information about how to enable a Region for your account, see [Enable or disable a Region for standalone accounts](https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html#manage-acct-regions-enable-standalone) in the *Amazon Web Services Account Management Guide*.
    ///
    /// **Note:** Amazon S3 transfer acceleration does not support cross-Region copies. If you request a cross-Region copy using a transfer acceleration endpoint, you get a `400 Bad Request` error. For more information, see [Transfer Acceleration](https://docs.aws.amazon.com/AmazonS3/latest/dev/transfer-acceleration.html).
    ///
    /// **Authentication and authorization**
    ///
    /// All `CopyObject` requests must be authenticated and signed by using IAM credentials (access key ID and secret access key for the IAM identities). All headers with the `x-amz-` prefix, including `x-amz-copy-source`, must be signed. For more information, see [REST Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/RESTAuthentication.html).
    ///
    /// **Directory buckets** - You must use the IAM credentials to authenticate and authorize your access to the `CopyObject` API operation, instead of using the temporary security credentials through the `CreateSession` API operation.
    ///
    /// Amazon Web Services CLI or SDKs handles authentication and authorization on your behalf.
    ///
    /// **Permissions**
    ///
    /// You must have *read* access to the source object and *write* access to the destination bucket.
    ///
    /// - **General purpose bucket permissions** - You must have permissions in an IAM policy based on the source and destination bucket types in a `CopyObject` operation.
    /// - If the source object is in a general purpose bucket, you must have ** `s3:GetObject` ** permission to read the source object that is being copied.
    /// - If the destination bucket is a general purpose bucket, you must have ** `s3:PutObject` ** permission to write the object copy to the destination bucket.
    /// - **Directory bucket permissions** - You must have permissions in a bucket policy or an IAM identity-based policy based on the source and destination bucket types in a `CopyObject` operation.
    /// - If the source object that you want to copy is in a directory bucket, you must have the ** `s3express:CreateSession` ** permission in the `Action` element of a policy to read the object. By default, the session is in the `ReadWrite` mode. If you want to restrict the access, you can explicitly set the `s3express:SessionMode` condition key to `ReadOnly` on the copy source bucket.
    /// - If the copy destination is a directory bucket, you must have the ** `s3express:CreateSession` ** permission in the `Action` element of a policy to write the object to the destination. The `s3express:SessionMode` condition key can't be set to `ReadOnly` on the copy destination bucket.
    ///
    /// If the object is encrypted with SSE-KMS, you must also have the `kms:GenerateDataKey` and `kms:Decrypt` permissions in IAM identity-based policies and KMS key policies for the KMS key. For example policies, see [Example bucket policies for S3 Express One Zone](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam-example-bucket-policies.html) and [Amazon Web Services Identity and Access Management (IAM) identity-based policies for S3 Express One Zone](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam-identity-policies.html) in the *Amazon S3 User Guide*.
    ///
    /// **Response and special errors**
    ///
    /// When the request is an HTTP 1.1 request, the response is chunk encoded. When the request is not an HTTP 1.1 request, the response would not contain the `Content-Length`. You always need to read the entire response body to check if the copy succeeds.
    ///
    /// - If the copy is successful, you receive a response with information about the copied object.
    /// - A copy request might return an error when Amazon S3 receives the copy request or while Amazon S3 is copying the files. A `200 OK` response can contain either a success or an error.
    /// - If the error occurs before the copy action starts, you receive a standard Amazon S3 error.
    /// - If the error occurs during the copy operation, the error response is embedded in the `200 OK` response. For example, in a cross-region copy, you may encounter throttling and receive a `200 OK` response. For more information, see [Resolve the Error 200 response when copying objects to Amazon S3](https://repost.aws/knowledge-center/s3-resolve-200-internalerror). The `200 OK` status code means the copy was accepted, but it doesn't mean the copy is complete. Another example is when you disconnect from Amazon S3 before the copy is complete, Amazon S3 might cancel the copy and you may receive a `200 OK` response. You must stay connected to Amazon S3 until the entire response is successfully received and processed. If you call this API operation directly, make sure to design your application to parse the content of the response and handle it appropriately. If you use Amazon Web Services SDKs, SDKs handle this condition. The SDKs detect the embedded error and apply error handling per your configuration settings (including automatically retrying the request as appropriate). If the condition persists, the SDKs throw an exception (or, for the SDKs that don't use exceptions, they return an error).
    ///
    /// **Charge**
    ///
    /// The copy request charge is based on the storage class and Region that you specify for the destination object. The request can also result in a data retrieval charge for the source if the source storage class bills for data retrieval. If the copy source is in a different region, the data transfer is billed to the copy source account. For pricing information, see [Amazon S3 pricing](http://aws.amazon.com/s3/pricing/).
    ///
    /// **HTTP Host header syntax**
    /// - **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    /// - **Amazon S3 on Outposts** - When you use this action with S3 on Outposts through the REST API, you must direct requests to the S3 on Outposts hostname. The S3 on Outposts hostname takes the form ` AccessPointName-AccountId.outpostID.s3-outposts.Region.amazonaws.com`. The hostname isn't required when you use the Amazon Web Services CLI or SDKs.
    ///
    /// The following operations are related to `CopyObject`:
    ///
    /// - [PutObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html)
    /// - [GetObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html)
    pub fn copy_object(&self) -> CopyObjectFluentBuilder {
        CopyObjectFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CopyObjectRequest::builder(),
        }
    }
    /// **Note:** This action creates an Amazon S3 bucket. To create an Amazon S3 on Outposts bucket, see [ `CreateBucket`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateBucket.html) .
    ///
    /// Creates a new S3 bucket. To create a bucket, you must set up Amazon S3 and have a valid Amazon Web Services Access Key ID to authenticate requests. Anonymous requests are never allowed to create buckets. By creating the bucket, you become the bucket owner.
    ///
    /// There are two types of buckets: general purpose buckets and directory buckets. For more information about these bucket types, see [Creating, configuring, and working with Amazon S3 buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/creating-buckets-s3.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:**
    /// - **General purpose buckets** - If you send your `CreateBucket` request to the `s3.amazonaws.com` global endpoint, the request goes to the `us-east-1` Region. So the signature calculations in Signature Version 4 must use `us-east-1` as the Region, even if the location constraint in the request specifies another Region where the bucket is to be created. If you create a bucket in a Region other than US East (N. Virginia), your application must be able to handle 307 redirect. For more information, see [Virtual hosting of buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/VirtualHosting.html) in the *Amazon S3 User Guide*.
    /// - **Directory buckets ** - For directory buckets, you must make requests for this API operation to the Regional endpoint. These endpoints support path-style requests in the format `https://s3express-control.region-code.amazonaws.com/bucket-name` . Virtual-hosted-style requests aren't supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - In addition to the `s3:CreateBucket` permission, the following permissions are required in a policy when your `CreateBucket` request includes specific headers:
    /// - **Access control lists (ACLs)** - In your `CreateBucket` request, if you specify an access control list (ACL) and set it to `public-read`, `public-read-write`, `authenticated-read`, or if you explicitly specify any other custom ACLs, both `s3:CreateBucket` and `s3:PutBucketAcl` permissions are required. In your `CreateBucket` request, if you set the ACL to `private`, or if you don't specify any ACLs, only the `s3:CreateBucket` permission is required.
    /// - **Object Lock** - In your `CreateBucket` request, if you set `x-amz-bucket-object-lock-enabled` to true, the `s3:PutBucketObjectLockConfiguration` and `s3:PutBucketVersioning` permissions are required.
    /// - **S3 Object Ownership** - If your `CreateBucket` request includes the `x-amz-object-ownership` header, then the `s3:PutBucketOwnershipControls` permission is required. **Note:** To set an ACL on a bucket as part of a `CreateBucket` request, you must explicitly set S3 Object Ownership for the bucket to a different value than the default, `BucketOwnerEnforced`. Additionally, if your desired bucket ACL grants public access, you must first create the bucket (without the bucket ACL) and then explicitly disable Block Public Access on the bucket before using `PutBucketAcl` to set the ACL. If you try to create a bucket with a public ACL, the request will fail. For the majority of modern use cases in S3, we recommend that you keep all Block Public Access settings enabled and keep ACLs disabled. If you would like to share data with users outside of your account, you can use bucket policies as needed. For more information, see [Controlling ownership of objects and disabling ACLs for your bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html) and [Blocking public access to your Amazon S3 storage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html) in the *Amazon S3 User Guide*.
    /// - **S3 Block Public Access** - If your specific use case requires granting public access to your S3 resources, you can disable Block Public Access. Specifically, you can create a new bucket with Block Public Access enabled, then separately call the [ `DeletePublicAccessBlock`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeletePublicAccessBlock.html) API. To use this operation, you must have the `s3:PutBucketPublicAccessBlock` permission. For more information about S3 Block Public Access, see [Blocking public access to your Amazon S3 storage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html) in the *Amazon S3 User Guide*.
    /// - **Directory bucket permissions** - You must have the `s3express:CreateBucket` permission in an IAM identity-based policy instead of a bucket policy. Cross-account access to this API operation isn't supported. This operation can only be performed by the Amazon Web Services account that owns the resource. For more information about directory bucket policies and permissions, see [Amazon Web Services Identity and Access Management (IAM) for S3 Express One Zone](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam.html) in the *Amazon S3 User Guide*. **Note:** The permissions for ACLs, Object Lock, S3 Object Ownership, and S3 Block Public Access are not supported for directory buckets. For directory buckets, all Block Public Access settings are enabled at the bucket level and S3 Object Ownership is set to Bucket owner enforced (ACLs disabled). These settings can't be modified. For more information about permissions for creating and working with directory buckets, see [Directory buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html) in the *Amazon S3 User Guide*. For more information about supported S3 features for directory buckets, see [Features of S3 Express One Zone](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-one-zone.html#s3-express-features) in the *Amazon S3 User Guide*.
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is `s3express-control.region-code.amazonaws.com`.
    ///
    /// The following operations are related to `CreateBucket`:
    ///
    /// - [PutObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html)
    /// - [DeleteBucket](https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucket.html)
    pub fn create_bucket(&self) -> CreateBucketFluentBuilder {
        CreateBucketFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateBucketRequest::builder(),
        }
    }
    /// This action initiates a multipart upload and returns an upload ID. This upload ID is used to associate all of the parts in the specific multipart upload. You specify this upload ID in each of your subsequent upload part requests (see [UploadPart](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html)). You also include this upload ID in the final request to either complete or abort the multipart upload request. For more information about multipart uploads, see [Multipart Upload Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** After you initiate a multipart upload and upload one or more parts, to stop being charged for storing the uploaded parts, you must either complete or abort the multipart upload. Amazon S3 frees up the space used to store the parts and stops charging you for storing them only after you either complete or abort a multipart upload.
    ///
    /// If you have configured a lifecycle rule to abort incomplete multipart uploads, the created multipart upload must be completed within the number of days specified in the bucket lifecycle configuration. Otherwise, the incomplete multipart upload becomes eligible for an abort action and Amazon S3 aborts the multipart upload. For more information, see [Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config).
    ///
    /// **Note:**
    /// - **Directory buckets ** - S3 Lifecycle is not supported by directory buckets.
    /// - **Directory buckets ** - For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Request signing**
    ///
    /// For request signing, multipart upload is just a series of regular requests. You initiate a multipart upload, send one or more requests to upload parts, and then complete the multipart upload process. You sign each request individually. There is nothing special about signing multipart upload requests. For more information about signing, see [Authenticating Requests (Amazon Web Services Signature Version 4)](https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - To perform a multipart upload with encryption using an Key Management Service (KMS) KMS key, the requester must have permission to the `kms:Decrypt` and `kms:GenerateDataKey` actions on the key. The requester must also have permissions for the `kms:GenerateDataKey` action for the `CreateMultipartUpload` API. Then, the requester needs permissions for the `kms:Decrypt` action on the `UploadPart` and `UploadPartCopy` APIs. These permissions are required because Amazon S3 must decrypt and read data from the encrypted file parts before it completes the multipart upload. For more information, see [Multipart upload API and permissions](https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions) and [Protecting data using server-side encryption with Amazon Web Services KMS](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html) in the *Amazon S3 User Guide*.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) .
    ///
    /// **Encryption**
    /// - **General purpose buckets** - Server-side encryption is for data encryption at rest. Amazon S3 encrypts your data as it writes it to disks in its data centers and decrypts it when you access it. Amazon S3 automatically encrypts all new objects that are uploaded to an S3 bucket. When doing a multipart upload, if you don't specify encryption information in your request, the encryption setting of the uploaded parts is set to the default encryption configuration of the destination bucket. By default, all buckets have a base level of encryption configuration that uses server-side encryption with Amazon S3 managed keys (SSE-S3). If the destination bucket has a default encryption configuration that uses server-side encryption with an Key Management Service (KMS) key (SSE-KMS), or a customer-provided encryption key (SSE-C), Amazon S3 uses the corresponding KMS key, or a customer-provided key to encrypt the uploaded parts. When you perform a CreateMultipartUpload operation, if you want to use a different type of encryption setting for the uploaded parts, you can request that Amazon S3 encrypts the object with a different encryption key (such as an Amazon S3 managed key, a KMS key, or a customer-provided key). When the encryption setting in your request is different from the default encryption configuration of the destination bucket, the encryption setting in your request takes precedence. If you choose to provide your own encryption key, the request headers you provide in [UploadPart](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html) requests must match the headers you used in the `CreateMultipartUpload` request.
    /// - Use KMS keys (SSE-KMS) that include the Amazon Web Services managed key (`aws/s3`) and KMS customer managed keys stored in Key Management Service (KMS) – If you want Amazon Web Services to manage the keys used to encrypt data, specify the following headers in the request.
    /// - `x-amz-server-side-encryption`
    /// - `x-amz-server-side-encryption-aws-kms-key-id`
    /// - `x-amz-server-side-encryption-context`
    ///
    /// **Note:**
    /// - If you specify `x-amz-server-side-encryption:aws:kms`, but don't provide `x-amz-server-side-encryption-aws-kms-key-id`, Amazon S3 uses the Amazon Web Services managed key (`aws/s3` key) in KMS to protect the data.
    /// - To perform a multipart upload with encryption by using an Amazon Web Services KMS key, the requester must have permission to the `kms:Decrypt` and `kms:GenerateDataKey*` actions on the key. These permissions are required because Amazon S3 must decrypt and read data from the encrypted file parts before it completes the multipart upload. For more information, see [Multipart upload API and permissions](https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions) and [Protecting data using server-side encryption with Amazon Web Services KMS](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html) in the *Amazon S3 User Guide*.
    /// - If your Identity and Access Management (IAM) user or role is in the same Amazon Web Services account as the KMS key, then you must have these permissions on the key policy. If your IAM user or role is in a different account from the key, then you must have the permissions on both the key policy and your IAM user or role.
    /// - All `GET` and `PUT` requests for an object protected by KMS fail if you don't make them by using Secure Sockets Layer (SSL), Transport Layer Security (TLS), or Signature Version 4. For information about configuring any of the officially supported Amazon Web Services SDKs and Amazon Web Services CLI, see [Specifying the Signature Version in Request Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingAWSSDK.html#specify-signature-version) in the *Amazon S3 User Guide*.
    ///
    /// For more information about server-side encryption with KMS keys (SSE-KMS), see [Protecting Data Using Server-Side Encryption with KMS keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html) in the *Amazon S3 User Guide*.
    /// - Use customer-provided encryption keys (SSE-C) – If you want to manage your own encryption keys, provide all the following headers in the request.
    /// - `x-amz-server-side-encryption-customer-algorithm`
    /// - `x-amz-server-side-encryption-customer-key`
    /// - `x-amz-server-side-encryption-customer-key-MD5`
    ///
    /// For more information about server-side encryption with customer-provided encryption keys (SSE-C), see [ Protecting data using server-side encryption with customer-provided encryption keys (SSE-C)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    /// - **Directory buckets** - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`). We recommend that the bucket's default encryption uses the desired encryption configuration and you don't override the bucket default encryption in your `CreateSession` requests or `PUT` object requests. Then, new objects are automatically encrypted with the desired encryption settings. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*. For more information about the encryption overriding behaviors in directory buckets, see [Specifying server-side encryption with KMS for new object uploads](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-specifying-kms-encryption.html). In the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)) using the REST API, the encryption request headers must match the encryption settings that are specified in the `CreateSession` request. You can't override the values of the encryption settings (`x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-context`, and `x-amz-server-side-encryption-bucket-key-enabled`) that are specified in the `CreateSession` request. You don't need to explicitly specify these encryption settings values in Zonal endpoint API calls, and Amazon S3 will use the encryption settings values from the `CreateSession` request to protect new objects in the directory bucket. **Note:** When you use the CLI or the Amazon Web Services SDKs, for `CreateSession`, the session token refreshes automatically to avoid service interruptions when a session expires. The CLI or the Amazon Web Services SDKs use the bucket's default encryption configuration for the `CreateSession` request. It's not supported to override the encryption settings values in the `CreateSession` request. So in the Zonal endpoint API calls (except [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html) and [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html)), the encryption request headers must match the default encryption configuration of the directory bucket. **Note:** For directory buckets, when you perform a `CreateMultipartUpload` operation and an `UploadPartCopy` operation, the request headers you provide in the `CreateMultipartUpload` request must match the default encryption configuration of the destination bucket.
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// The following operations are related to `CreateMultipartUpload`:
    ///
    /// - [UploadPart](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html)
    /// - [CompleteMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompleteMultipartUpload.html)
    /// - [AbortMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html)
    /// - [ListParts](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html)
    /// - [ListMultipartUploads](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html)
    pub fn create_multipart_upload(&self) -> CreateMultipartUploadFluentBuilder {
        CreateMultipartUploadFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateMultipartUploadRequest::builder(),
        }
    }
    /// Deletes the S3 bucket. All objects (including all object versions and delete markers) in the bucket must be deleted before the bucket itself can be deleted.
    ///
    /// **Note:**
    /// - **Directory buckets** - If multipart uploads in a directory bucket are in progress, you can't delete the bucket until all the in-progress multipart uploads are aborted or completed.
    /// - **Directory buckets ** - For directory buckets, you must make requests for this API operation to the Regional endpoint. These endpoints support path-style requests in the format `https://s3express-control.region-code.amazonaws.com/bucket-name` . Virtual-hosted-style requests aren't supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - You must have the `s3:DeleteBucket` permission on the specified bucket in a policy.
    /// - **Directory bucket permissions** - You must have the `s3express:DeleteBucket` permission in an IAM identity-based policy instead of a bucket policy. Cross-account access to this API operation isn't supported. This operation can only be performed by the Amazon Web Services account that owns the resource. For more information about directory bucket policies and permissions, see [Amazon Web Services Identity and Access Management (IAM) for S3 Express One Zone](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam.html) in the *Amazon S3 User Guide*.
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is `s3express-control.region-code.amazonaws.com`.
    ///
    /// The following operations are related to `DeleteBucket`:
    ///
    /// - [CreateBucket](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html)
    /// - [DeleteObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html)
    pub fn delete_bucket(&self) -> DeleteBucketFluentBuilder {
        DeleteBucketFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteBucketRequest::builder(),
        }
    }
    /// Removes an object from a bucket. The behavior depends on the bucket's versioning state:
    ///
    /// - If bucket versioning is not enabled, the operation permanently deletes the object.
    /// - If bucket versioning is enabled, the operation inserts a delete marker, which becomes the current version of the object. To permanently delete an object in a versioned bucket, you must include the object’s `versionId` in the request. For more information about versioning-enabled buckets, see [Deleting object versions from a versioning-enabled bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeletingObjectVersions.html).
    /// - If bucket versioning is suspended, the operation removes the object that has a null `versionId`, if there is one, and inserts a delete marker that becomes the current version of the object. If there isn't an object with a null `versionId`, and all versions of the object have a `versionId`, Amazon S3 does not remove the object and only inserts a delete marker. To permanently delete an object that has a `versionId`, you must include the object’s `versionId` in the request. For more information about versioning-suspended buckets, see [Deleting objects from versioning-suspended buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeletingObjectsfromVersioningSuspendedBuckets.html).
    ///
    /// **Note:**
    /// - **Directory buckets** - S3 Versioning isn't enabled and supported for directory buckets. For this API operation, only the `null` value of the version ID is supported by directory buckets. You can only specify `null` to the `versionId` query parameter in the request.
    /// - **Directory buckets** - For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// To remove a specific version, you must use the `versionId` query parameter. Using this query parameter permanently deletes the version. If the object deleted is a delete marker, Amazon S3 sets the response header `x-amz-delete-marker` to true.
    ///
    /// If the object you want to delete is in a bucket where the bucket versioning configuration is MFA Delete enabled, you must include the `x-amz-mfa` request header in the DELETE `versionId` request. Requests that include `x-amz-mfa` must use HTTPS. For more information about MFA Delete, see [Using MFA Delete](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingMFADelete.html) in the *Amazon S3 User Guide*. To see sample requests that use versioning, see [Sample Request](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectDELETE.html#ExampleVersionObjectDelete).
    ///
    /// **Note:** **Directory buckets** - MFA delete is not supported by directory buckets.
    ///
    /// You can delete objects by explicitly calling DELETE Object or calling ([PutBucketLifecycle](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycle.html)) to enable Amazon S3 to remove them for you. If you want to block users or accounts from removing or deleting objects from your bucket, you must deny them the `s3:DeleteObject`, `s3:DeleteObjectVersion`, and `s3:PutLifeCycleConfiguration` actions.
    ///
    /// **Note:** **Directory buckets** - S3 Lifecycle is not supported by directory buckets.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - The following permissions are required in your policies when your `DeleteObjects` request includes specific headers.
    /// - ** `s3:DeleteObject` ** - To delete an object from a bucket, you must always have the `s3:DeleteObject` permission.
    /// - ** `s3:DeleteObjectVersion` ** - To delete a specific version of an object from a versioning-enabled bucket, you must have the `s3:DeleteObjectVersion` permission.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) .
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// The following action is related to `DeleteObject`:
    ///
    /// - [PutObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html)
    pub fn delete_object(&self) -> DeleteObjectFluentBuilder {
        DeleteObjectFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DeleteObjectRequest::builder(),
        }
    }
    /// Retrieves an object from Amazon S3.
    ///
    /// In the `GetObject` request, specify the full key name for the object.
    ///
    /// **General purpose buckets** - Both the virtual-hosted-style requests and the path-style requests are supported. For a virtual hosted-style request example, if you have the object `photos/2006/February/sample.jpg`, specify the object key name as `/photos/2006/February/sample.jpg`. For a path-style request example, if you have the object `photos/2006/February/sample.jpg` in the bucket named `examplebucket`, specify the object key name as `/examplebucket/photos/2006/February/sample.jpg`. For more information about request types, see [HTTP Host Header Bucket Specification](https://docs.aws.amazon.com/AmazonS3/latest/dev/VirtualHosting.html#VirtualHostingSpecifyBucket) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets** - Only virtual-hosted-style requests are supported. For a virtual hosted-style request example, if you have the object `photos/2006/February/sample.jpg` in the bucket named `amzn-s3-demo-bucket--usw2-az1--x-s3`, specify the object key name as `/photos/2006/February/sample.jpg`. Also, when you make requests to this API operation, your requests are sent to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://bucket-name.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - You must have the required permissions in a policy. To use `GetObject`, you must have the `READ` access to the object (or version). If you grant `READ` access to the anonymous user, the `GetObject` operation returns the object without using an authorization header. For more information, see [Specifying permissions in a policy](https://docs.aws.amazon.com/AmazonS3/latest/dev/using-with-s3-actions.html) in the *Amazon S3 User Guide*. If you include a `versionId` in your request header, you must have the `s3:GetObjectVersion` permission to access a specific version of an object. The `s3:GetObject` permission is not required in this scenario. If you request the current version of an object without a specific `versionId` in the request header, only the `s3:GetObject` permission is required. The `s3:GetObjectVersion` permission is not required in this scenario. If the object that you request doesn’t exist, the error that Amazon S3 returns depends on whether you also have the `s3:ListBucket` permission.
    /// - If you have the `s3:ListBucket` permission on the bucket, Amazon S3 returns an HTTP status code `404 Not Found` error.
    /// - If you don’t have the `s3:ListBucket` permission, Amazon S3 returns an HTTP status code `403 Access Denied` error.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) . If the object is encrypted using SSE-KMS, you must also have the `kms:GenerateDataKey` and `kms:Decrypt` permissions in IAM identity-based policies and KMS key policies for the KMS key.
    ///
    /// **Storage classes**
    ///
    /// If the object you are retrieving is stored in the S3 Glacier Flexible Retrieval storage class, the S3 Glacier Deep Archive storage class, the S3 Intelligent-Tiering Archive Access tier, or the S3 Intelligent-Tiering Deep Archive Access tier, before you can retrieve the object you must first restore a copy using [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html). Otherwise, this operation returns an `InvalidObjectState` error. For information about restoring archived objects, see [Restoring Archived Objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/restoring-objects.html) in the *Amazon S3 User Guide*.
    ///
    /// **Directory buckets ** - For directory buckets, only the S3 Express One Zone storage class is supported to store newly created objects. Unsupported storage class values won't write a destination object and will respond with the HTTP status code `400 Bad Request`.
    ///
    /// **Encryption**
    ///
    /// Encryption request headers, like `x-amz-server-side-encryption`, should not be sent for the `GetObject` requests, if your object uses server-side encryption with Amazon S3 managed encryption keys (SSE-S3), server-side encryption with Key Management Service (KMS) keys (SSE-KMS), or dual-layer server-side encryption with Amazon Web Services KMS keys (DSSE-KMS). If you include the header in your `GetObject` requests for the object that uses these types of keys, you’ll get an HTTP `400 Bad Request` error.
    ///
    /// **Directory buckets** - For directory buckets, there are only two supported options for server-side encryption: SSE-S3 and SSE-KMS. SSE-C isn't supported. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*.
    ///
    /// **Overriding response header values through the request**
    ///
    /// There are times when you want to override certain response header values of a `GetObject` response. For example, you might override the `Content-Disposition` response header value through your `GetObject` request.
    ///
    /// You can override values for a set of response headers. These modified response header values are included only in a successful response, that is, when the HTTP status code `200 OK` is returned. The headers you can override using the following query parameters in the request are a subset of the headers that Amazon S3 accepts when you create an object.
    ///
    /// The response headers that you can override for the `GetObject` response are `Cache-Control`, `Content-Disposition`, `Content-Encoding`, `Content-Language`, `Content-Type`, and `Expires`.
    ///
    /// To override values for a set of response headers in the `GetObject` response, you can use the following query parameters in the request.
    ///
    /// - `response-cache-control`
    /// - `response-content-disposition`
    /// - `response-content-encoding`
    /// - `response-content-language`
    /// - `response-content-type`
    /// - `response-expires`
    ///
    /// **Note:** When you use these parameters, you must sign the request by using either an Authorization header or a presigned URL. These parameters cannot be used with an unsigned (anonymous) request.
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// The following operations are related to `GetObject`:
    ///
    /// - [ListBuckets](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html)
    /// - [GetObjectAcl](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAcl.html)
    pub fn get_object(&self) -> GetObjectFluentBuilder {
        GetObjectFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GetObjectRequest::builder(),
        }
    }
    /// You can use this operation to determine if a bucket exists and if you have permission to access it. The action returns a `200 OK` if the bucket exists and you have permission to access it.
    ///
    /// **Note:** If the bucket does not exist or you do not have permission to access it, the `HEAD` request returns a generic `400 Bad Request`, `403 Forbidden` or `404 Not Found` code. A message body is not included, so you cannot determine the exception beyond these HTTP response codes.
    ///
    /// **Authentication and authorization**
    ///
    /// **General purpose buckets** - Request to public buckets that grant the s3:ListBucket permission publicly do not need to be signed. All other `HeadBucket` requests must be authenticated and signed by using IAM credentials (access key ID and secret access key for the IAM identities). All headers with the `x-amz-` prefix, including `x-amz-copy-source`, must be signed. For more information, see [REST Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/RESTAuthentication.html).
    ///
    /// **Directory buckets** - You must use IAM credentials to authenticate and authorize your access to the `HeadBucket` API operation, instead of using the temporary security credentials through the `CreateSession` API operation.
    ///
    /// Amazon Web Services CLI or SDKs handles authentication and authorization on your behalf.
    ///
    /// **Permissions**
    ///
    /// - **General purpose bucket permissions** - To use this operation, you must have permissions to perform the `s3:ListBucket` action. The bucket owner has this permission by default and can grant this permission to others. For more information about permissions, see [Managing access permissions to your Amazon S3 resources](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-access-control.html) in the *Amazon S3 User Guide*.
    /// - **Directory bucket permissions** - You must have the ** `s3express:CreateSession` ** permission in the `Action` element of a policy. By default, the session is in the `ReadWrite` mode. If you want to restrict the access, you can explicitly set the `s3express:SessionMode` condition key to `ReadOnly` on the bucket. For more information about example bucket policies, see [Example bucket policies for S3 Express One Zone](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam-example-bucket-policies.html) and [Amazon Web Services Identity and Access Management (IAM) identity-based policies for S3 Express One Zone](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam-identity-policies.html) in the *Amazon S3 User Guide*.
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// **Note:** You must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://bucket-name.s3express-zone-id.region-code.amazonaws.com`. Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    pub fn head_bucket(&self) -> HeadBucketFluentBuilder {
        HeadBucketFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: HeadBucketRequest::builder(),
        }
    }
    /// The `HEAD` operation retrieves metadata from an object without returning the object itself. This operation is useful if you're interested only in an object's metadata.
    ///
    /// **Note:** A `HEAD` request has the same options as a `GET` operation on an object. The response is identical to the `GET` response except that there is no response body. Because of this, if the `HEAD` request generates an error, it returns a generic code, such as `400 Bad Request`, `403 Forbidden`, `404 Not Found`, `405 Method Not Allowed`, `412 Precondition Failed`, or `304 Not Modified`. It's not possible to retrieve the exact exception of these error codes.
    ///
    /// Request headers are limited to 8 KB in size. For more information, see [Common Request Headers](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonRequestHeaders.html).
    ///
    /// **Permissions**
    ///
    /// - **General purpose bucket permissions** - To use `HEAD`, you must have the `s3:GetObject` permission. You need the relevant read object (or version) permission for this operation. For more information, see [Actions, resources, and condition keys for Amazon S3](https://docs.aws.amazon.com/AmazonS3/latest/dev/list_amazons3.html) in the *Amazon S3 User Guide*. For more information about the permissions to S3 API operations by S3 resource types, see [Required permissions for Amazon S3 API operations](/AmazonS3/latest/userguide/using-with-s3-policy-actions.html) in the *Amazon S3 User Guide*. If the object you request doesn't exist, the error that Amazon S3 returns depends on whether you also have the `s3:ListBucket` permission.
    /// - If you have the `s3:ListBucket` permission on the bucket, Amazon S3 returns an HTTP status code `404 Not Found` error.
    /// - If you don’t have the `s3:ListBucket` permission, Amazon S3 returns an HTTP status code `403 Forbidden` error.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) . If you enable `x-amz-checksum-mode` in the request and the object is encrypted with Amazon Web Services Key Management Service (Amazon Web Services KMS), you must also have the `kms:GenerateDataKey` and `kms:Decrypt` permissions in IAM identity-based policies and KMS key policies for the KMS key to retrieve the checksum of the object.
    ///
    /// **Encryption**
    ///
    /// **Note:** Encryption request headers, like `x-amz-server-side-encryption`, should not be sent for `HEAD` requests if your object uses server-side encryption with Key Management Service (KMS) keys (SSE-KMS), dual-layer server-side encryption with Amazon Web Services KMS keys (DSSE-KMS), or server-side encryption with Amazon S3 managed encryption keys (SSE-S3). The `x-amz-server-side-encryption` header is used when you `PUT` an object to S3 and want to specify the encryption method. If you include this header in a `HEAD` request for an object that uses these types of keys, you’ll get an HTTP `400 Bad Request` error. It's because the encryption method can't be changed when you retrieve the object.
    ///
    /// If you encrypt an object by using server-side encryption with customer-provided encryption keys (SSE-C) when you store the object in Amazon S3, then when you retrieve the metadata from the object, you must use the following headers to provide the encryption key for the server to be able to retrieve the object's metadata. The headers are:
    ///
    /// - `x-amz-server-side-encryption-customer-algorithm`
    /// - `x-amz-server-side-encryption-customer-key`
    /// - `x-amz-server-side-encryption-customer-key-MD5`
    ///
    /// For more information about SSE-C, see [Server-Side Encryption (Using Customer-Provided Encryption Keys)](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** **Directory bucket ** - For directory buckets, there are only two supported options for server-side encryption: SSE-S3 and SSE-KMS. SSE-C isn't supported. For more information, see [Protecting data with server-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-serv-side-encryption.html) in the *Amazon S3 User Guide*.
    ///
    /// **Versioning**
    /// - If the current version of the object is a delete marker, Amazon S3 behaves as if the object was deleted and includes `x-amz-delete-marker: true` in the response.
    /// - If the specified version is a delete marker, the response returns a `405 Method Not Allowed` error and the `Last-Modified: timestamp` response header.
    ///
    /// **Note:**
    /// - **Directory buckets** - Delete marker is not supported for directory buckets.
    /// - **Directory buckets** - S3 Versioning isn't enabled and supported for directory buckets. For this API operation, only the `null` value of the version ID is supported by directory buckets. You can only specify `null` to the `versionId` query parameter in the request.
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// **Note:** For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// The following actions are related to `HeadObject`:
    ///
    /// - [GetObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html)
    /// - [GetObjectAttributes](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAttributes.html)
    pub fn head_object(&self) -> HeadObjectFluentBuilder {
        HeadObjectFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: HeadObjectRequest::builder(),
        }
    }
    /// **Note:** This operation is not supported for directory buckets.
    ///
    /// Returns a list of all buckets owned by the authenticated sender of the request. To grant IAM permission to use this operation, you must add the `s3:ListAllMyBuckets` policy action.
    ///
    /// For information about Amazon S3 buckets, see [Creating, configuring, and working with Amazon S3 buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/creating-buckets-s3.html).
    ///
    /// **Note:** We strongly recommend using only paginated `ListBuckets` requests. Unpaginated `ListBuckets` requests are only supported for Amazon Web Services accounts set to the default general purpose bucket quota of 10,000. If you have an approved general purpose bucket quota above 10,000, you must send paginated `ListBuckets` requests to list your account’s buckets. All unpaginated `ListBuckets` requests will be rejected for Amazon Web Services accounts with a general purpose bucket quota greater than 10,000.
    pub fn list_buckets(&self) -> ListBucketsFluentBuilder {
        ListBucketsFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListBucketsRequest::builder(),
        }
    }
    /// Returns some or all (up to 1,000) of the objects in a bucket with each request. You can use the request parameters as selection criteria to return a subset of the objects in a bucket. A `200 OK` response can contain valid or invalid XML. Make sure to design your application to parse the contents of the response and handle it appropriately. For more information about listing objects, see [Listing object keys programmatically](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ListingKeysUsingAPIs.html) in the *Amazon S3 User Guide*. To get a list of your buckets, see [ListBuckets](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html).
    ///
    /// **Note:**
    /// - **General purpose bucket** - For general purpose buckets, `ListObjectsV2` doesn't return prefixes that are related only to in-progress multipart uploads.
    /// - **Directory buckets** - For directory buckets, `ListObjectsV2` response includes the prefixes that are related only to in-progress multipart uploads.
    /// - **Directory buckets** - For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - To use this operation, you must have READ access to the bucket. You must have permission to perform the `s3:ListBucket` action. The bucket owner has this permission by default and can grant this permission to others. For more information about permissions, see [Permissions Related to Bucket Subresource Operations](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-actions.html#using-with-s3-actions-related-to-bucket-subresources) and [Managing Access Permissions to Your Amazon S3 Resources](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-access-control.html) in the *Amazon S3 User Guide*.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) .
    ///
    /// **Sorting order of returned objects**
    /// - **General purpose bucket** - For general purpose buckets, `ListObjectsV2` returns objects in lexicographical order based on their key names.
    /// - **Directory bucket** - For directory buckets, `ListObjectsV2` does not return objects in lexicographical order.
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// **Note:** This section describes the latest revision of this action. We recommend that you use this revised API operation for application development. For backward compatibility, Amazon S3 continues to support the prior version of this API operation, [ListObjects](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjects.html).
    ///
    /// The following operations are related to `ListObjectsV2`:
    ///
    /// - [GetObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html)
    /// - [PutObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html)
    /// - [CreateBucket](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html)
    pub fn list_objects_v2(&self) -> ListObjectsV2FluentBuilder {
        ListObjectsV2FluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListObjectsV2Request::builder(),
        }
    }
    /// Adds an object to a bucket.
    ///
    /// **Note:**
    /// - Amazon S3 never adds partial objects; if you receive a success response, Amazon S3 added the entire object to the bucket. You cannot use `PutObject` to only update a single piece of metadata for an existing object. You must put the entire object with updated metadata if you want to update some values.
    /// - If your bucket uses the bucket owner enforced setting for Object Ownership, ACLs are disabled and no longer affect permissions. All objects written to the bucket by any account will be owned by the bucket owner.
    /// - **Directory buckets** - For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// Amazon S3 is a distributed system. If it receives multiple write requests for the same object simultaneously, it overwrites all but the last object written. However, Amazon S3 provides features that can modify this behavior:
    ///
    /// - **S3 Object Lock** - To prevent objects from being deleted or overwritten, you can use [Amazon S3 Object Lock](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html) in the *Amazon S3 User Guide*. **Note:** This functionality is not supported for directory buckets.
    /// - **If-None-Match** - Uploads the object only if the object key name does not already exist in the specified bucket. Otherwise, Amazon S3 returns a `412 Precondition Failed` error. If a conflicting operation occurs during the upload, S3 returns a `409 ConditionalRequestConflict` response. On a 409 failure, retry the upload. Expects the \* character (asterisk). For more information, see [Add preconditions to S3 operations with conditional requests](https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html) in the *Amazon S3 User Guide* or [RFC 7232](https://datatracker.ietf.org/doc/rfc7232/). **Note:** This functionality is not supported for S3 on Outposts.
    /// - **S3 Versioning** - When you enable versioning for a bucket, if Amazon S3 receives multiple write requests for the same object simultaneously, it stores all versions of the objects. For each write request that is made to the same object, Amazon S3 automatically generates a unique version ID of that object being stored in Amazon S3. You can retrieve, replace, or delete any version of the object. For more information about versioning, see [Adding Objects to Versioning-Enabled Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/AddingObjectstoVersioningEnabledBuckets.html) in the *Amazon S3 User Guide*. For information about returning the versioning state of a bucket, see [GetBucketVersioning](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html). **Note:** This functionality is not supported for directory buckets.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - The following permissions are required in your policies when your `PutObject` request includes specific headers.
    /// - ** `s3:PutObject` ** - To successfully complete the `PutObject` request, you must always have the `s3:PutObject` permission on a bucket to add an object to it.
    /// - ** `s3:PutObjectAcl` ** - To successfully change the objects ACL of your `PutObject` request, you must have the `s3:PutObjectAcl`.
    /// - ** `s3:PutObjectTagging` ** - To successfully set the tag-set with your `PutObject` request, you must have the `s3:PutObjectTagging`.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) . If the object is encrypted with SSE-KMS, you must also have the `kms:GenerateDataKey` and `kms:Decrypt` permissions in IAM identity-based policies and KMS key policies for the KMS key.
    ///
    /// **Data integrity with Content-MD5**
    /// - **General purpose bucket** - To ensure that data is not corrupted traversing the network, use the `Content-MD5` header. When you use this header, Amazon S3 checks the object against the provided MD5 value and, if they do not match, Amazon S3 returns an error. Alternatively, when the object's ETag is its MD5 digest, you can calculate the MD5 while putting the object to Amazon S3 and compare the returned ETag to the calculated MD5 value.
    /// - **Directory bucket** - This functionality is not supported for directory buckets.
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// For more information about related Amazon S3 APIs, see the following:
    ///
    /// - [CopyObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html)
    /// - [DeleteObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html)
    pub fn put_object(&self) -> PutObjectFluentBuilder {
        PutObjectFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: PutObjectRequest::builder(),
        }
    }
    /// **Note:** This operation is not supported for directory buckets.
    ///
    /// This action filters the contents of an Amazon S3 object based on a simple structured query language (SQL) statement. In the request, along with the SQL expression, you must also specify a data serialization format (JSON, CSV, or Apache Parquet) of the object. Amazon S3 uses this format to parse object data into records, and returns only records that match the specified SQL expression. You must also specify the data serialization format for the response.
    ///
    /// This functionality is not supported for Amazon S3 on Outposts.
    ///
    /// For more information about Amazon S3 Select, see [Selecting Content from Objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/selecting-content-from-objects.html) and [SELECT Command](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-glacier-select-sql-reference-select.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    ///
    /// You must have the `s3:GetObject` permission for this operation. Amazon S3 Select does not support anonymous access. For more information about permissions, see [Specifying Permissions in a Policy](https://docs.aws.amazon.com/AmazonS3/latest/dev/using-with-s3-actions.html) in the *Amazon S3 User Guide*.
    ///
    /// **Object Data Formats**
    ///
    /// You can use Amazon S3 Select to query objects that have the following format properties:
    ///
    /// - *CSV, JSON, and Parquet* - Objects must be in CSV, JSON, or Parquet format.
    /// - *UTF-8* - UTF-8 is the only encoding type Amazon S3 Select supports.
    /// - *GZIP or BZIP2* - CSV and JSON files can be compressed using GZIP or BZIP2. GZIP and BZIP2 are the only compression formats that Amazon S3 Select supports for CSV and JSON files. Amazon S3 Select supports columnar compression for Parquet using GZIP or Snappy. Amazon S3 Select does not support whole-object compression for Parquet objects.
    /// - *Server-side encryption* - Amazon S3 Select supports querying objects that are protected with server-side encryption. For objects that are encrypted with customer-provided encryption keys (SSE-C), you must use HTTPS, and you must use the headers that are documented in the [GetObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html). For more information about SSE-C, see [Server-Side Encryption (Using Customer-Provided Encryption Keys)](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html) in the *Amazon S3 User Guide*. For objects that are encrypted with Amazon S3 managed keys (SSE-S3) and Amazon Web Services KMS keys (SSE-KMS), server-side encryption is handled transparently, so you don't need to specify anything. For more information about server-side encryption, including SSE-S3 and SSE-KMS, see [Protecting Data Using Server-Side Encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/serv-side-encryption.html) in the *Amazon S3 User Guide*.
    ///
    /// **Working with the Response Body**
    ///
    /// Given the response size is unknown, Amazon S3 Select streams the response as a series of messages and includes a `Transfer-Encoding` header with `chunked` as its value in the response. For more information, see [Appendix: SelectObjectContent Response](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTSelectObjectAppendix.html).
    ///
    /// **GetObject Support**
    ///
    /// The `SelectObjectContent` action does not support the following `GetObject` functionality. For more information, see [GetObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html).
    ///
    /// - `Range`: Although you can specify a scan range for an Amazon S3 Select request (see [SelectObjectContentRequest - ScanRange](https://docs.aws.amazon.com/AmazonS3/latest/API/API_SelectObjectContent.html#AmazonS3-SelectObjectContent-request-ScanRange) in the request parameters), you cannot specify the range of bytes of an object to return.
    /// - The `GLACIER`, `DEEP_ARCHIVE`, and `REDUCED_REDUNDANCY` storage classes, or the `ARCHIVE_ACCESS` and `DEEP_ARCHIVE_ACCESS` access tiers of the `INTELLIGENT_TIERING` storage class: You cannot query objects in the `GLACIER`, `DEEP_ARCHIVE`, or `REDUCED_REDUNDANCY` storage classes, nor objects in the `ARCHIVE_ACCESS` or `DEEP_ARCHIVE_ACCESS` access tiers of the `INTELLIGENT_TIERING` storage class. For more information about storage classes, see [Using Amazon S3 storage classes](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html) in the *Amazon S3 User Guide*.
    ///
    /// **Special Errors**
    ///
    /// For a list of special errors for this operation, see [List of SELECT Object Content Error Codes](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#SelectObjectContentErrorCodeList)
    ///
    /// The following operations are related to `SelectObjectContent`:
    ///
    /// - [GetObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html)
    /// - [GetBucketLifecycleConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html)
    /// - [PutBucketLifecycleConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)
    pub fn select_object_content(&self) -> SelectObjectContentFluentBuilder {
        SelectObjectContentFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: SelectObjectContentRequest::builder(),
        }
    }
    /// Uploads a part in a multipart upload.
    ///
    /// **Note:** In this operation, you provide new data as a part of an object in your request. However, you have an option to specify your existing Amazon S3 object as a data source for the part you are uploading. To upload a part from an existing object, you use the [UploadPartCopy](https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html) operation.
    ///
    /// You must initiate a multipart upload (see [CreateMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html)) before you can upload any part. In response to your initiate request, Amazon S3 returns an upload ID, a unique identifier that you must include in your upload part request.
    ///
    /// Part numbers can be any number from 1 to 10,000, inclusive. A part number uniquely identifies a part and also defines its position within the object being created. If you upload a new part using the same part number that was used with a previous part, the previously uploaded part is overwritten.
    ///
    /// For information about maximum and minimum part sizes and other multipart upload specifications, see [Multipart upload limits](https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html) in the *Amazon S3 User Guide*.
    ///
    /// **Note:** After you initiate multipart upload and upload one or more parts, you must either complete or abort multipart upload in order to stop getting charged for storage of the uploaded parts. Only after you either complete or abort multipart upload, Amazon S3 frees up the parts storage and stops charging you for the parts storage.
    ///
    /// For more information on multipart uploads, go to [Multipart Upload Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html) in the *Amazon S3 User Guide *.
    ///
    /// **Note:** **Directory buckets** - For directory buckets, you must make requests for this API operation to the Zonal endpoint. These endpoints support virtual-hosted-style requests in the format `https://amzn-s3-demo-bucket.s3express-zone-id.region-code.amazonaws.com/key-name` . Path-style requests are not supported. For more information about endpoints in Availability Zones, see [Regional and Zonal endpoints for directory buckets in Availability Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/endpoint-directory-buckets-AZ.html) in the *Amazon S3 User Guide*. For more information about endpoints in Local Zones, see [Concepts for directory buckets in Local Zones](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-lzs-for-directory-buckets.html) in the *Amazon S3 User Guide*.
    ///
    /// **Permissions**
    /// - **General purpose bucket permissions** - To perform a multipart upload with encryption using an Key Management Service key, the requester must have permission to the `kms:Decrypt` and `kms:GenerateDataKey` actions on the key. The requester must also have permissions for the `kms:GenerateDataKey` action for the `CreateMultipartUpload` API. Then, the requester needs permissions for the `kms:Decrypt` action on the `UploadPart` and `UploadPartCopy` APIs. These permissions are required because Amazon S3 must decrypt and read data from the encrypted file parts before it completes the multipart upload. For more information about KMS permissions, see [Protecting data using server-side encryption with KMS](https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html) in the *Amazon S3 User Guide*. For information about the permissions required to use the multipart upload API, see [Multipart upload and permissions](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuAndPermissions.html) and [Multipart upload API and permissions](https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions) in the *Amazon S3 User Guide*.
    /// - **Directory bucket permissions** - To grant access to this API operation on a directory bucket, we recommend that you use the [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) API operation for session-based authorization. Specifically, you grant the `s3express:CreateSession` permission to the directory bucket in a bucket policy or an IAM identity-based policy. Then, you make the `CreateSession` API call on the bucket to obtain a session token. With the session token in your request header, you can make API requests to this operation. After the session token expires, you make another `CreateSession` API call to generate a new session token for use. Amazon Web Services CLI or SDKs create session and refresh the session token automatically to avoid service interruptions when a session expires. For more information about authorization, see [ `CreateSession`](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateSession.html) . If the object is encrypted with SSE-KMS, you must also have the `kms:GenerateDataKey` and `kms:Decrypt` permissions in IAM identity-based policies and KMS key policies for the KMS key.
    ///
    /// **Data integrity**
    ///
    /// **General purpose bucket** - To ensure that data is not corrupted traversing the network, specify the `Content-MD5` header in the upload part request. Amazon S3 checks the part data against the provided MD5 value. If they do not match, Amazon S3 returns an error. If the upload request is signed with Signature Version 4, then Amazon Web Services S3 uses the `x-amz-content-sha256` header as a checksum instead of `Content-MD5`. For more information see [Authenticating Requests: Using the Authorization Header (Amazon Web Services Signature Version 4)](https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-auth-using-authorization-header.html).
    ///
    /// **Note:** **Directory buckets** - MD5 is not supported by directory buckets. You can use checksum algorithms to check object integrity.
    ///
    /// **Encryption**
    /// - **General purpose bucket** - Server-side encryption is for data encryption at rest. Amazon S3 encrypts your data as it writes it to disks in its data centers and decrypts it when you access it. You have mutually exclusive options to protect data using server-side encryption in Amazon S3, depending on how you choose to manage the encryption keys. Specifically, the encryption key options are Amazon S3 managed keys (SSE-S3), Amazon Web Services KMS keys (SSE-KMS), and Customer-Provided Keys (SSE-C). Amazon S3 encrypts data with server-side encryption using Amazon S3 managed keys (SSE-S3) by default. You can optionally tell Amazon S3 to encrypt data at rest using server-side encryption with other key options. The option you use depends on whether you want to use KMS keys (SSE-KMS) or provide your own encryption key (SSE-C). Server-side encryption is supported by the S3 Multipart Upload operations. Unless you are using a customer-provided encryption key (SSE-C), you don't need to specify the encryption parameters in each UploadPart request. Instead, you only need to specify the server-side encryption parameters in the initial Initiate Multipart request. For more information, see [CreateMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html). If you request server-side encryption using a customer-provided encryption key (SSE-C) in your initiate multipart upload request, you must provide identical encryption information in each part upload using the following request headers.
    /// - x-amz-server-side-encryption-customer-algorithm
    /// - x-amz-server-side-encryption-customer-key
    /// - x-amz-server-side-encryption-customer-key-MD5
    ///
    /// For more information, see [Using Server-Side Encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingServerSideEncryption.html) in the *Amazon S3 User Guide*.
    /// - **Directory buckets ** - For directory buckets, there are only two supported options for server-side encryption: server-side encryption with Amazon S3 managed keys (SSE-S3) (`AES256`) and server-side encryption with KMS keys (SSE-KMS) (`aws:kms`).
    ///
    /// **Special errors**
    /// - Error Code: `NoSuchUpload`
    /// - Description: The specified multipart upload does not exist. The upload ID might be invalid, or the multipart upload might have been aborted or completed.
    /// - HTTP Status Code: 404 Not Found
    /// - SOAP Fault Code Prefix: Client
    ///
    /// **HTTP Host header syntax**
    ///
    /// **Directory buckets ** - The HTTP Host header syntax is ` Bucket-name.s3express-zone-id.region-code.amazonaws.com`.
    ///
    /// The following operations are related to `UploadPart`:
    ///
    /// - [CreateMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html)
    /// - [CompleteMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompleteMultipartUpload.html)
    /// - [AbortMultipartUpload](https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html)
    /// - [ListParts](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListParts.html)
    /// - [ListMultipartUploads](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListMultipartUploads.html)
    pub fn upload_part(&self) -> UploadPartFluentBuilder {
        UploadPartFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: UploadPartRequest::builder(),
        }
    }
    /// Waiter `BucketExists`: calls [`head_bucket`](Self::head_bucket) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 5-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_bucket_exists(
        &self,
        input: impl rt::Into<HeadBucketRequestBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<HeadBucketOutput, HeadBucketError>,
        rt::client::waiter::WaiterError<HeadBucketOutput, HeadBucketError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "BucketExists",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Success(true),
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Retry,
                    matcher: rt::client::waiter::Matcher::ErrorType("NotFound"),
                },
            ],
            min_delay: ::std::time::Duration::from_secs(5u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: HeadBucketRequestBuilder = input.into();
        let json = input.to_json();
        let call = self.head_bucket().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waiter `BucketNotExists`: calls [`head_bucket`](Self::head_bucket) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 5-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_bucket_not_exists(
        &self,
        input: impl rt::Into<HeadBucketRequestBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<HeadBucketOutput, HeadBucketError>,
        rt::client::waiter::WaiterError<HeadBucketOutput, HeadBucketError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "BucketNotExists",
            acceptors: &[rt::client::waiter::Acceptor {
                state: rt::client::waiter::State::Success,
                matcher: rt::client::waiter::Matcher::ErrorType("NotFound"),
            }],
            min_delay: ::std::time::Duration::from_secs(5u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: HeadBucketRequestBuilder = input.into();
        let json = input.to_json();
        let call = self.head_bucket().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waiter `ObjectExists`: calls [`head_object`](Self::head_object) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 5-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_object_exists(
        &self,
        input: impl rt::Into<HeadObjectRequestBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<HeadObjectOutput, HeadObjectError>,
        rt::client::waiter::WaiterError<HeadObjectOutput, HeadObjectError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "ObjectExists",
            acceptors: &[
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Success,
                    matcher: rt::client::waiter::Matcher::Success(true),
                },
                rt::client::waiter::Acceptor {
                    state: rt::client::waiter::State::Retry,
                    matcher: rt::client::waiter::Matcher::ErrorType("NotFound"),
                },
            ],
            min_delay: ::std::time::Duration::from_secs(5u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: HeadObjectRequestBuilder = input.into();
        let json = input.to_json();
        let call = self.head_object().input(input);
        rt::client::waiter::wait(&WAITER, json, max_wait, || call.clone().send()).await
    }
    /// Waiter `ObjectNotExists`: calls [`head_object`](Self::head_object) with `input` (its input builder, or the fluent builder `client.op().member(..)`) every 5-120 s (exponential backoff with jitter) until an acceptor of the model ends the wait or `max_wait` passes.
    pub async fn wait_until_object_not_exists(
        &self,
        input: impl rt::Into<HeadObjectRequestBuilder>,
        max_wait: ::std::time::Duration,
    ) -> rt::Result<
        rt::client::waiter::Waited<HeadObjectOutput, HeadObjectError>,
        rt::client::waiter::WaiterError<HeadObjectOutput, HeadObjectError>,
    > {
        static WAITER: rt::client::waiter::Waiter = rt::client::waiter::Waiter {
            name: "ObjectNotExists",
            acceptors: &[rt::client::waiter::Acceptor {
                state: rt::client::waiter::State::Success,
                matcher: rt::client::waiter::Matcher::ErrorType("NotFound"),
            }],
            min_delay: ::std::time::Duration::from_secs(5u64),
            max_delay: ::std::time::Duration::from_secs(120u64),
        };
        let input: HeadObjectRequestBuilder = input.into();
        let json = input.to_json();
        let call = self.head_object().input(input);
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
            "AbortMultipartUpload" => {
                self.handle
                    .call_json::<
                        AbortMultipartUploadRequest,
                        AbortMultipartUploadOutput,
                        AbortMultipartUploadError,
                    >(&crate::s3_types::http::ABORT_MULTIPART_UPLOAD, input)
                    .await
            }
            "CompleteMultipartUpload" => {
                self.handle
                    .call_json::<
                        CompleteMultipartUploadRequest,
                        CompleteMultipartUploadOutput,
                        CompleteMultipartUploadError,
                    >(&crate::s3_types::http::COMPLETE_MULTIPART_UPLOAD, input)
                    .await
            }
            "CopyObject" => {
                self.handle
                    .call_json::<
                        CopyObjectRequest,
                        CopyObjectOutput,
                        CopyObjectError,
                    >(&crate::s3_types::http::COPY_OBJECT, input)
                    .await
            }
            "CreateBucket" => {
                self.handle
                    .call_json::<
                        CreateBucketRequest,
                        CreateBucketOutput,
                        CreateBucketError,
                    >(&crate::s3_types::http::CREATE_BUCKET, input)
                    .await
            }
            "CreateMultipartUpload" => {
                self.handle
                    .call_json::<
                        CreateMultipartUploadRequest,
                        CreateMultipartUploadOutput,
                        CreateMultipartUploadError,
                    >(&crate::s3_types::http::CREATE_MULTIPART_UPLOAD, input)
                    .await
            }
            "DeleteBucket" => {
                self.handle
                    .call_json::<
                        DeleteBucketRequest,
                        DeleteBucketOutput,
                        DeleteBucketError,
                    >(&crate::s3_types::http::DELETE_BUCKET, input)
                    .await
            }
            "DeleteObject" => {
                self.handle
                    .call_json::<
                        DeleteObjectRequest,
                        DeleteObjectOutput,
                        DeleteObjectError,
                    >(&crate::s3_types::http::DELETE_OBJECT, input)
                    .await
            }
            "GetObject" => {
                self.handle
                    .call_json::<
                        GetObjectRequest,
                        GetObjectOutput,
                        GetObjectError,
                    >(&crate::s3_types::http::GET_OBJECT, input)
                    .await
            }
            "HeadBucket" => {
                self.handle
                    .call_json::<
                        HeadBucketRequest,
                        HeadBucketOutput,
                        HeadBucketError,
                    >(&crate::s3_types::http::HEAD_BUCKET, input)
                    .await
            }
            "HeadObject" => {
                self.handle
                    .call_json::<
                        HeadObjectRequest,
                        HeadObjectOutput,
                        HeadObjectError,
                    >(&crate::s3_types::http::HEAD_OBJECT, input)
                    .await
            }
            "ListBuckets" => {
                self.handle
                    .call_json::<
                        ListBucketsRequest,
                        ListBucketsOutput,
                        ListBucketsError,
                    >(&crate::s3_types::http::LIST_BUCKETS, input)
                    .await
            }
            "ListObjectsV2" => {
                self.handle
                    .call_json::<
                        ListObjectsV2Request,
                        ListObjectsV2Output,
                        ListObjectsV2Error,
                    >(&crate::s3_types::http::LIST_OBJECTS_V2, input)
                    .await
            }
            "PutObject" => {
                self.handle
                    .call_json::<
                        PutObjectRequest,
                        PutObjectOutput,
                        PutObjectError,
                    >(&crate::s3_types::http::PUT_OBJECT, input)
                    .await
            }
            "SelectObjectContent" => {
                self.handle
                    .call_json::<
                        SelectObjectContentRequest,
                        SelectObjectContentOutput,
                        SelectObjectContentError,
                    >(&crate::s3_types::http::SELECT_OBJECT_CONTENT, input)
                    .await
            }
            "UploadPart" => {
                self.handle
                    .call_json::<
                        UploadPartRequest,
                        UploadPartOutput,
                        UploadPartError,
                    >(&crate::s3_types::http::UPLOAD_PART, input)
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
        "AbortMultipartUpload" => {
            rt::client::validate::<AbortMultipartUploadRequest, rt::Unhandled>(input)
        }
        "CompleteMultipartUpload" => {
            rt::client::validate::<CompleteMultipartUploadRequest, rt::Unhandled>(input)
        }
        "CopyObject" => rt::client::validate::<CopyObjectRequest, rt::Unhandled>(input),
        "CreateBucket" => rt::client::validate::<CreateBucketRequest, rt::Unhandled>(input),
        "CreateMultipartUpload" => {
            rt::client::validate::<CreateMultipartUploadRequest, rt::Unhandled>(input)
        }
        "DeleteBucket" => rt::client::validate::<DeleteBucketRequest, rt::Unhandled>(input),
        "DeleteObject" => rt::client::validate::<DeleteObjectRequest, rt::Unhandled>(input),
        "GetObject" => rt::client::validate::<GetObjectRequest, rt::Unhandled>(input),
        "HeadBucket" => rt::client::validate::<HeadBucketRequest, rt::Unhandled>(input),
        "HeadObject" => rt::client::validate::<HeadObjectRequest, rt::Unhandled>(input),
        "ListBuckets" => rt::client::validate::<ListBucketsRequest, rt::Unhandled>(input),
        "ListObjectsV2" => rt::client::validate::<ListObjectsV2Request, rt::Unhandled>(input),
        "PutObject" => rt::client::validate::<PutObjectRequest, rt::Unhandled>(input),
        "SelectObjectContent" => {
            rt::client::validate::<SelectObjectContentRequest, rt::Unhandled>(input)
        }
        "UploadPart" => rt::client::validate::<UploadPartRequest, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `AbortMultipartUpload` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct AbortMultipartUploadFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: AbortMultipartUploadRequestBuilder,
}
impl ::std::convert::From<AbortMultipartUploadFluentBuilder>
    for AbortMultipartUploadRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: AbortMultipartUploadFluentBuilder) -> Self {
        fluent.input
    }
}
impl AbortMultipartUploadFluentBuilder {
    /// Sets [`AbortMultipartUploadRequest::bucket`](AbortMultipartUploadRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::bucket`](AbortMultipartUploadRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`AbortMultipartUploadRequest::expected_bucket_owner`](AbortMultipartUploadRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::expected_bucket_owner`](AbortMultipartUploadRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`AbortMultipartUploadRequest::if_match_initiated_time`](AbortMultipartUploadRequest::if_match_initiated_time).
    pub fn if_match_initiated_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.if_match_initiated_time(value);
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::if_match_initiated_time`](AbortMultipartUploadRequest::if_match_initiated_time).
    pub fn set_if_match_initiated_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_if_match_initiated_time(value);
        self
    }
    /// Sets [`AbortMultipartUploadRequest::key`](AbortMultipartUploadRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::key`](AbortMultipartUploadRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`AbortMultipartUploadRequest::request_payer`](AbortMultipartUploadRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::request_payer`](AbortMultipartUploadRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`AbortMultipartUploadRequest::upload_id`](AbortMultipartUploadRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.upload_id(value);
        self
    }
    /// Sets or clears [`AbortMultipartUploadRequest::upload_id`](AbortMultipartUploadRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_upload_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: AbortMultipartUploadRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut AbortMultipartUploadRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<AbortMultipartUploadOutput, SdkError<AbortMultipartUploadError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::ABORT_MULTIPART_UPLOAD, &input, stream)
            .await
    }
}
/// A `CompleteMultipartUpload` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CompleteMultipartUploadFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CompleteMultipartUploadRequestBuilder,
}
impl ::std::convert::From<CompleteMultipartUploadFluentBuilder>
    for CompleteMultipartUploadRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CompleteMultipartUploadFluentBuilder) -> Self {
        fluent.input
    }
}
impl CompleteMultipartUploadFluentBuilder {
    /// Sets [`CompleteMultipartUploadRequest::bucket`](CompleteMultipartUploadRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::bucket`](CompleteMultipartUploadRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_crc32`](CompleteMultipartUploadRequest::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc32(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_crc32`](CompleteMultipartUploadRequest::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc32(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_crc32c`](CompleteMultipartUploadRequest::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc32c(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_crc32c`](CompleteMultipartUploadRequest::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc32c(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_crc64nvme`](CompleteMultipartUploadRequest::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc64nvme(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_crc64nvme`](CompleteMultipartUploadRequest::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc64nvme(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_sha1`](CompleteMultipartUploadRequest::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_sha1(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_sha1`](CompleteMultipartUploadRequest::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_sha1(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_sha256`](CompleteMultipartUploadRequest::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_sha256(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_sha256`](CompleteMultipartUploadRequest::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_sha256(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::checksum_type`](CompleteMultipartUploadRequest::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.input = self.input.checksum_type(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::checksum_type`](CompleteMultipartUploadRequest::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.input = self.input.set_checksum_type(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::expected_bucket_owner`](CompleteMultipartUploadRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::expected_bucket_owner`](CompleteMultipartUploadRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::if_match`](CompleteMultipartUploadRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_match(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::if_match`](CompleteMultipartUploadRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_match(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::if_none_match`](CompleteMultipartUploadRequest::if_none_match).
    pub fn if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_none_match(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::if_none_match`](CompleteMultipartUploadRequest::if_none_match).
    pub fn set_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_none_match(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::key`](CompleteMultipartUploadRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::key`](CompleteMultipartUploadRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::mpu_object_size`](CompleteMultipartUploadRequest::mpu_object_size).
    pub fn mpu_object_size(mut self, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.mpu_object_size(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::mpu_object_size`](CompleteMultipartUploadRequest::mpu_object_size).
    pub fn set_mpu_object_size(mut self, value: rt::Option<i64>) -> Self {
        self.input = self.input.set_mpu_object_size(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::multipart_upload`](CompleteMultipartUploadRequest::multipart_upload).
    pub fn multipart_upload(mut self, value: impl rt::Into<CompletedMultipartUpload>) -> Self {
        self.input = self.input.multipart_upload(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::multipart_upload`](CompleteMultipartUploadRequest::multipart_upload).
    pub fn set_multipart_upload(mut self, value: rt::Option<CompletedMultipartUpload>) -> Self {
        self.input = self.input.set_multipart_upload(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::request_payer`](CompleteMultipartUploadRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::request_payer`](CompleteMultipartUploadRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::sse_customer_algorithm`](CompleteMultipartUploadRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::sse_customer_algorithm`](CompleteMultipartUploadRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_algorithm(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::sse_customer_key`](CompleteMultipartUploadRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::sse_customer_key`](CompleteMultipartUploadRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::sse_customer_key_md5`](CompleteMultipartUploadRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::sse_customer_key_md5`](CompleteMultipartUploadRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key_md5(value);
        self
    }
    /// Sets [`CompleteMultipartUploadRequest::upload_id`](CompleteMultipartUploadRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.upload_id(value);
        self
    }
    /// Sets or clears [`CompleteMultipartUploadRequest::upload_id`](CompleteMultipartUploadRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_upload_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CompleteMultipartUploadRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CompleteMultipartUploadRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<CompleteMultipartUploadOutput, SdkError<CompleteMultipartUploadError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::COMPLETE_MULTIPART_UPLOAD, &input, stream)
            .await
    }
}
/// A `CopyObject` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CopyObjectFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CopyObjectRequestBuilder,
}
impl ::std::convert::From<CopyObjectFluentBuilder> for CopyObjectRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CopyObjectFluentBuilder) -> Self {
        fluent.input
    }
}
impl CopyObjectFluentBuilder {
    /// Sets [`CopyObjectRequest::acl`](CopyObjectRequest::acl).
    pub fn acl(mut self, value: impl rt::Into<ObjectCannedAcl>) -> Self {
        self.input = self.input.acl(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::acl`](CopyObjectRequest::acl).
    pub fn set_acl(mut self, value: rt::Option<ObjectCannedAcl>) -> Self {
        self.input = self.input.set_acl(value);
        self
    }
    /// Sets [`CopyObjectRequest::bucket`](CopyObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::bucket`](CopyObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`CopyObjectRequest::bucket_key_enabled`](CopyObjectRequest::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.bucket_key_enabled(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::bucket_key_enabled`](CopyObjectRequest::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_bucket_key_enabled(value);
        self
    }
    /// Sets [`CopyObjectRequest::cache_control`](CopyObjectRequest::cache_control).
    pub fn cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.cache_control(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::cache_control`](CopyObjectRequest::cache_control).
    pub fn set_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_cache_control(value);
        self
    }
    /// Sets [`CopyObjectRequest::checksum_algorithm`](CopyObjectRequest::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.input = self.input.checksum_algorithm(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::checksum_algorithm`](CopyObjectRequest::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.input = self.input.set_checksum_algorithm(value);
        self
    }
    /// Sets [`CopyObjectRequest::content_disposition`](CopyObjectRequest::content_disposition).
    pub fn content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_disposition(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::content_disposition`](CopyObjectRequest::content_disposition).
    pub fn set_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_disposition(value);
        self
    }
    /// Sets [`CopyObjectRequest::content_encoding`](CopyObjectRequest::content_encoding).
    pub fn content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_encoding(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::content_encoding`](CopyObjectRequest::content_encoding).
    pub fn set_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_encoding(value);
        self
    }
    /// Sets [`CopyObjectRequest::content_language`](CopyObjectRequest::content_language).
    pub fn content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_language(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::content_language`](CopyObjectRequest::content_language).
    pub fn set_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_language(value);
        self
    }
    /// Sets [`CopyObjectRequest::content_type`](CopyObjectRequest::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_type(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::content_type`](CopyObjectRequest::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_type(value);
        self
    }
    /// Sets [`CopyObjectRequest::copy_source`](CopyObjectRequest::copy_source).
    pub fn copy_source(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.copy_source(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source`](CopyObjectRequest::copy_source).
    pub fn set_copy_source(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_copy_source(value);
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_if_match`](CopyObjectRequest::copy_source_if_match).
    pub fn copy_source_if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.copy_source_if_match(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_if_match`](CopyObjectRequest::copy_source_if_match).
    pub fn set_copy_source_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_copy_source_if_match(value);
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_if_modified_since`](CopyObjectRequest::copy_source_if_modified_since).
    pub fn copy_source_if_modified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.copy_source_if_modified_since(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_if_modified_since`](CopyObjectRequest::copy_source_if_modified_since).
    pub fn set_copy_source_if_modified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_copy_source_if_modified_since(value);
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_if_none_match`](CopyObjectRequest::copy_source_if_none_match).
    pub fn copy_source_if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.copy_source_if_none_match(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_if_none_match`](CopyObjectRequest::copy_source_if_none_match).
    pub fn set_copy_source_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_copy_source_if_none_match(value);
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_if_unmodified_since`](CopyObjectRequest::copy_source_if_unmodified_since).
    pub fn copy_source_if_unmodified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.copy_source_if_unmodified_since(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_if_unmodified_since`](CopyObjectRequest::copy_source_if_unmodified_since).
    pub fn set_copy_source_if_unmodified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_copy_source_if_unmodified_since(value);
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_sse_customer_algorithm`](CopyObjectRequest::copy_source_sse_customer_algorithm).
    pub fn copy_source_sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.copy_source_sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_sse_customer_algorithm`](CopyObjectRequest::copy_source_sse_customer_algorithm).
    pub fn set_copy_source_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_copy_source_sse_customer_algorithm(value);
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_sse_customer_key`](CopyObjectRequest::copy_source_sse_customer_key).
    pub fn copy_source_sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.copy_source_sse_customer_key(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_sse_customer_key`](CopyObjectRequest::copy_source_sse_customer_key).
    pub fn set_copy_source_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_copy_source_sse_customer_key(value);
        self
    }
    /// Sets [`CopyObjectRequest::copy_source_sse_customer_key_md5`](CopyObjectRequest::copy_source_sse_customer_key_md5).
    pub fn copy_source_sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.copy_source_sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::copy_source_sse_customer_key_md5`](CopyObjectRequest::copy_source_sse_customer_key_md5).
    pub fn set_copy_source_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_copy_source_sse_customer_key_md5(value);
        self
    }
    /// Sets [`CopyObjectRequest::expected_bucket_owner`](CopyObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::expected_bucket_owner`](CopyObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`CopyObjectRequest::expected_source_bucket_owner`](CopyObjectRequest::expected_source_bucket_owner).
    pub fn expected_source_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_source_bucket_owner(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::expected_source_bucket_owner`](CopyObjectRequest::expected_source_bucket_owner).
    pub fn set_expected_source_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_source_bucket_owner(value);
        self
    }
    /// Sets [`CopyObjectRequest::expires`](CopyObjectRequest::expires).
    pub fn expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.expires(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::expires`](CopyObjectRequest::expires).
    pub fn set_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_expires(value);
        self
    }
    /// Sets [`CopyObjectRequest::grant_full_control`](CopyObjectRequest::grant_full_control).
    pub fn grant_full_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_full_control(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::grant_full_control`](CopyObjectRequest::grant_full_control).
    pub fn set_grant_full_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_full_control(value);
        self
    }
    /// Sets [`CopyObjectRequest::grant_read`](CopyObjectRequest::grant_read).
    pub fn grant_read(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_read(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::grant_read`](CopyObjectRequest::grant_read).
    pub fn set_grant_read(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_read(value);
        self
    }
    /// Sets [`CopyObjectRequest::grant_read_acp`](CopyObjectRequest::grant_read_acp).
    pub fn grant_read_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_read_acp(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::grant_read_acp`](CopyObjectRequest::grant_read_acp).
    pub fn set_grant_read_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_read_acp(value);
        self
    }
    /// Sets [`CopyObjectRequest::grant_write_acp`](CopyObjectRequest::grant_write_acp).
    pub fn grant_write_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_write_acp(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::grant_write_acp`](CopyObjectRequest::grant_write_acp).
    pub fn set_grant_write_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_write_acp(value);
        self
    }
    /// Sets [`CopyObjectRequest::key`](CopyObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::key`](CopyObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Inserts one entry into [`CopyObjectRequest::metadata`](CopyObjectRequest::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.metadata(key, value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::metadata`](CopyObjectRequest::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.input = self.input.set_metadata(value);
        self
    }
    /// Sets [`CopyObjectRequest::metadata_directive`](CopyObjectRequest::metadata_directive).
    pub fn metadata_directive(mut self, value: impl rt::Into<MetadataDirective>) -> Self {
        self.input = self.input.metadata_directive(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::metadata_directive`](CopyObjectRequest::metadata_directive).
    pub fn set_metadata_directive(mut self, value: rt::Option<MetadataDirective>) -> Self {
        self.input = self.input.set_metadata_directive(value);
        self
    }
    /// Sets [`CopyObjectRequest::object_lock_legal_hold_status`](CopyObjectRequest::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl rt::Into<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.input = self.input.object_lock_legal_hold_status(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::object_lock_legal_hold_status`](CopyObjectRequest::object_lock_legal_hold_status).
    pub fn set_object_lock_legal_hold_status(
        mut self,
        value: rt::Option<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.input = self.input.set_object_lock_legal_hold_status(value);
        self
    }
    /// Sets [`CopyObjectRequest::object_lock_mode`](CopyObjectRequest::object_lock_mode).
    pub fn object_lock_mode(mut self, value: impl rt::Into<ObjectLockMode>) -> Self {
        self.input = self.input.object_lock_mode(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::object_lock_mode`](CopyObjectRequest::object_lock_mode).
    pub fn set_object_lock_mode(mut self, value: rt::Option<ObjectLockMode>) -> Self {
        self.input = self.input.set_object_lock_mode(value);
        self
    }
    /// Sets [`CopyObjectRequest::object_lock_retain_until_date`](CopyObjectRequest::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.object_lock_retain_until_date(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::object_lock_retain_until_date`](CopyObjectRequest::object_lock_retain_until_date).
    pub fn set_object_lock_retain_until_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_object_lock_retain_until_date(value);
        self
    }
    /// Sets [`CopyObjectRequest::request_payer`](CopyObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::request_payer`](CopyObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`CopyObjectRequest::sse_customer_algorithm`](CopyObjectRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::sse_customer_algorithm`](CopyObjectRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_algorithm(value);
        self
    }
    /// Sets [`CopyObjectRequest::sse_customer_key`](CopyObjectRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::sse_customer_key`](CopyObjectRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key(value);
        self
    }
    /// Sets [`CopyObjectRequest::sse_customer_key_md5`](CopyObjectRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::sse_customer_key_md5`](CopyObjectRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key_md5(value);
        self
    }
    /// Sets [`CopyObjectRequest::ssekms_encryption_context`](CopyObjectRequest::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ssekms_encryption_context(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::ssekms_encryption_context`](CopyObjectRequest::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ssekms_encryption_context(value);
        self
    }
    /// Sets [`CopyObjectRequest::ssekms_key_id`](CopyObjectRequest::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ssekms_key_id(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::ssekms_key_id`](CopyObjectRequest::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ssekms_key_id(value);
        self
    }
    /// Sets [`CopyObjectRequest::server_side_encryption`](CopyObjectRequest::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.input = self.input.server_side_encryption(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::server_side_encryption`](CopyObjectRequest::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.input = self.input.set_server_side_encryption(value);
        self
    }
    /// Sets [`CopyObjectRequest::storage_class`](CopyObjectRequest::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.input = self.input.storage_class(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::storage_class`](CopyObjectRequest::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.input = self.input.set_storage_class(value);
        self
    }
    /// Sets [`CopyObjectRequest::tagging`](CopyObjectRequest::tagging).
    pub fn tagging(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.tagging(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::tagging`](CopyObjectRequest::tagging).
    pub fn set_tagging(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_tagging(value);
        self
    }
    /// Sets [`CopyObjectRequest::tagging_directive`](CopyObjectRequest::tagging_directive).
    pub fn tagging_directive(mut self, value: impl rt::Into<TaggingDirective>) -> Self {
        self.input = self.input.tagging_directive(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::tagging_directive`](CopyObjectRequest::tagging_directive).
    pub fn set_tagging_directive(mut self, value: rt::Option<TaggingDirective>) -> Self {
        self.input = self.input.set_tagging_directive(value);
        self
    }
    /// Sets [`CopyObjectRequest::website_redirect_location`](CopyObjectRequest::website_redirect_location).
    pub fn website_redirect_location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.website_redirect_location(value);
        self
    }
    /// Sets or clears [`CopyObjectRequest::website_redirect_location`](CopyObjectRequest::website_redirect_location).
    pub fn set_website_redirect_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_website_redirect_location(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CopyObjectRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CopyObjectRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CopyObjectOutput, SdkError<CopyObjectError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::COPY_OBJECT, &input, stream)
            .await
    }
}
/// A `CreateBucket` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateBucketFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateBucketRequestBuilder,
}
impl ::std::convert::From<CreateBucketFluentBuilder> for CreateBucketRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateBucketFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateBucketFluentBuilder {
    /// Sets [`CreateBucketRequest::acl`](CreateBucketRequest::acl).
    pub fn acl(mut self, value: impl rt::Into<BucketCannedAcl>) -> Self {
        self.input = self.input.acl(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::acl`](CreateBucketRequest::acl).
    pub fn set_acl(mut self, value: rt::Option<BucketCannedAcl>) -> Self {
        self.input = self.input.set_acl(value);
        self
    }
    /// Sets [`CreateBucketRequest::bucket`](CreateBucketRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::bucket`](CreateBucketRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`CreateBucketRequest::create_bucket_configuration`](CreateBucketRequest::create_bucket_configuration).
    pub fn create_bucket_configuration(
        mut self,
        value: impl rt::Into<CreateBucketConfiguration>,
    ) -> Self {
        self.input = self.input.create_bucket_configuration(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::create_bucket_configuration`](CreateBucketRequest::create_bucket_configuration).
    pub fn set_create_bucket_configuration(
        mut self,
        value: rt::Option<CreateBucketConfiguration>,
    ) -> Self {
        self.input = self.input.set_create_bucket_configuration(value);
        self
    }
    /// Sets [`CreateBucketRequest::grant_full_control`](CreateBucketRequest::grant_full_control).
    pub fn grant_full_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_full_control(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_full_control`](CreateBucketRequest::grant_full_control).
    pub fn set_grant_full_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_full_control(value);
        self
    }
    /// Sets [`CreateBucketRequest::grant_read`](CreateBucketRequest::grant_read).
    pub fn grant_read(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_read(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_read`](CreateBucketRequest::grant_read).
    pub fn set_grant_read(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_read(value);
        self
    }
    /// Sets [`CreateBucketRequest::grant_read_acp`](CreateBucketRequest::grant_read_acp).
    pub fn grant_read_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_read_acp(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_read_acp`](CreateBucketRequest::grant_read_acp).
    pub fn set_grant_read_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_read_acp(value);
        self
    }
    /// Sets [`CreateBucketRequest::grant_write`](CreateBucketRequest::grant_write).
    pub fn grant_write(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_write(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_write`](CreateBucketRequest::grant_write).
    pub fn set_grant_write(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_write(value);
        self
    }
    /// Sets [`CreateBucketRequest::grant_write_acp`](CreateBucketRequest::grant_write_acp).
    pub fn grant_write_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_write_acp(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::grant_write_acp`](CreateBucketRequest::grant_write_acp).
    pub fn set_grant_write_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_write_acp(value);
        self
    }
    /// Sets [`CreateBucketRequest::object_lock_enabled_for_bucket`](CreateBucketRequest::object_lock_enabled_for_bucket).
    pub fn object_lock_enabled_for_bucket(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.object_lock_enabled_for_bucket(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::object_lock_enabled_for_bucket`](CreateBucketRequest::object_lock_enabled_for_bucket).
    pub fn set_object_lock_enabled_for_bucket(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_object_lock_enabled_for_bucket(value);
        self
    }
    /// Sets [`CreateBucketRequest::object_ownership`](CreateBucketRequest::object_ownership).
    pub fn object_ownership(mut self, value: impl rt::Into<ObjectOwnership>) -> Self {
        self.input = self.input.object_ownership(value);
        self
    }
    /// Sets or clears [`CreateBucketRequest::object_ownership`](CreateBucketRequest::object_ownership).
    pub fn set_object_ownership(mut self, value: rt::Option<ObjectOwnership>) -> Self {
        self.input = self.input.set_object_ownership(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateBucketRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateBucketRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CreateBucketOutput, SdkError<CreateBucketError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::CREATE_BUCKET, &input, stream)
            .await
    }
}
/// A `CreateMultipartUpload` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateMultipartUploadFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateMultipartUploadRequestBuilder,
}
impl ::std::convert::From<CreateMultipartUploadFluentBuilder>
    for CreateMultipartUploadRequestBuilder
{
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateMultipartUploadFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateMultipartUploadFluentBuilder {
    /// Sets [`CreateMultipartUploadRequest::acl`](CreateMultipartUploadRequest::acl).
    pub fn acl(mut self, value: impl rt::Into<ObjectCannedAcl>) -> Self {
        self.input = self.input.acl(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::acl`](CreateMultipartUploadRequest::acl).
    pub fn set_acl(mut self, value: rt::Option<ObjectCannedAcl>) -> Self {
        self.input = self.input.set_acl(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::bucket`](CreateMultipartUploadRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::bucket`](CreateMultipartUploadRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::bucket_key_enabled`](CreateMultipartUploadRequest::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.bucket_key_enabled(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::bucket_key_enabled`](CreateMultipartUploadRequest::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_bucket_key_enabled(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::cache_control`](CreateMultipartUploadRequest::cache_control).
    pub fn cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.cache_control(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::cache_control`](CreateMultipartUploadRequest::cache_control).
    pub fn set_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_cache_control(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::checksum_algorithm`](CreateMultipartUploadRequest::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.input = self.input.checksum_algorithm(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::checksum_algorithm`](CreateMultipartUploadRequest::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.input = self.input.set_checksum_algorithm(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::checksum_type`](CreateMultipartUploadRequest::checksum_type).
    pub fn checksum_type(mut self, value: impl rt::Into<ChecksumType>) -> Self {
        self.input = self.input.checksum_type(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::checksum_type`](CreateMultipartUploadRequest::checksum_type).
    pub fn set_checksum_type(mut self, value: rt::Option<ChecksumType>) -> Self {
        self.input = self.input.set_checksum_type(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::content_disposition`](CreateMultipartUploadRequest::content_disposition).
    pub fn content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_disposition(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::content_disposition`](CreateMultipartUploadRequest::content_disposition).
    pub fn set_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_disposition(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::content_encoding`](CreateMultipartUploadRequest::content_encoding).
    pub fn content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_encoding(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::content_encoding`](CreateMultipartUploadRequest::content_encoding).
    pub fn set_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_encoding(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::content_language`](CreateMultipartUploadRequest::content_language).
    pub fn content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_language(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::content_language`](CreateMultipartUploadRequest::content_language).
    pub fn set_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_language(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::content_type`](CreateMultipartUploadRequest::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_type(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::content_type`](CreateMultipartUploadRequest::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_type(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::expected_bucket_owner`](CreateMultipartUploadRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::expected_bucket_owner`](CreateMultipartUploadRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::expires`](CreateMultipartUploadRequest::expires).
    pub fn expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.expires(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::expires`](CreateMultipartUploadRequest::expires).
    pub fn set_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_expires(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::grant_full_control`](CreateMultipartUploadRequest::grant_full_control).
    pub fn grant_full_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_full_control(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::grant_full_control`](CreateMultipartUploadRequest::grant_full_control).
    pub fn set_grant_full_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_full_control(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::grant_read`](CreateMultipartUploadRequest::grant_read).
    pub fn grant_read(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_read(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::grant_read`](CreateMultipartUploadRequest::grant_read).
    pub fn set_grant_read(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_read(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::grant_read_acp`](CreateMultipartUploadRequest::grant_read_acp).
    pub fn grant_read_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_read_acp(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::grant_read_acp`](CreateMultipartUploadRequest::grant_read_acp).
    pub fn set_grant_read_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_read_acp(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::grant_write_acp`](CreateMultipartUploadRequest::grant_write_acp).
    pub fn grant_write_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_write_acp(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::grant_write_acp`](CreateMultipartUploadRequest::grant_write_acp).
    pub fn set_grant_write_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_write_acp(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::key`](CreateMultipartUploadRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::key`](CreateMultipartUploadRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Inserts one entry into [`CreateMultipartUploadRequest::metadata`](CreateMultipartUploadRequest::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.metadata(key, value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::metadata`](CreateMultipartUploadRequest::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.input = self.input.set_metadata(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::object_lock_legal_hold_status`](CreateMultipartUploadRequest::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl rt::Into<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.input = self.input.object_lock_legal_hold_status(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::object_lock_legal_hold_status`](CreateMultipartUploadRequest::object_lock_legal_hold_status).
    pub fn set_object_lock_legal_hold_status(
        mut self,
        value: rt::Option<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.input = self.input.set_object_lock_legal_hold_status(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::object_lock_mode`](CreateMultipartUploadRequest::object_lock_mode).
    pub fn object_lock_mode(mut self, value: impl rt::Into<ObjectLockMode>) -> Self {
        self.input = self.input.object_lock_mode(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::object_lock_mode`](CreateMultipartUploadRequest::object_lock_mode).
    pub fn set_object_lock_mode(mut self, value: rt::Option<ObjectLockMode>) -> Self {
        self.input = self.input.set_object_lock_mode(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::object_lock_retain_until_date`](CreateMultipartUploadRequest::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.object_lock_retain_until_date(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::object_lock_retain_until_date`](CreateMultipartUploadRequest::object_lock_retain_until_date).
    pub fn set_object_lock_retain_until_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_object_lock_retain_until_date(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::request_payer`](CreateMultipartUploadRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::request_payer`](CreateMultipartUploadRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::sse_customer_algorithm`](CreateMultipartUploadRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::sse_customer_algorithm`](CreateMultipartUploadRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_algorithm(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::sse_customer_key`](CreateMultipartUploadRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::sse_customer_key`](CreateMultipartUploadRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::sse_customer_key_md5`](CreateMultipartUploadRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::sse_customer_key_md5`](CreateMultipartUploadRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key_md5(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::ssekms_encryption_context`](CreateMultipartUploadRequest::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ssekms_encryption_context(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::ssekms_encryption_context`](CreateMultipartUploadRequest::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ssekms_encryption_context(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::ssekms_key_id`](CreateMultipartUploadRequest::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ssekms_key_id(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::ssekms_key_id`](CreateMultipartUploadRequest::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ssekms_key_id(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::server_side_encryption`](CreateMultipartUploadRequest::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.input = self.input.server_side_encryption(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::server_side_encryption`](CreateMultipartUploadRequest::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.input = self.input.set_server_side_encryption(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::storage_class`](CreateMultipartUploadRequest::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.input = self.input.storage_class(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::storage_class`](CreateMultipartUploadRequest::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.input = self.input.set_storage_class(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::tagging`](CreateMultipartUploadRequest::tagging).
    pub fn tagging(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.tagging(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::tagging`](CreateMultipartUploadRequest::tagging).
    pub fn set_tagging(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_tagging(value);
        self
    }
    /// Sets [`CreateMultipartUploadRequest::website_redirect_location`](CreateMultipartUploadRequest::website_redirect_location).
    pub fn website_redirect_location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.website_redirect_location(value);
        self
    }
    /// Sets or clears [`CreateMultipartUploadRequest::website_redirect_location`](CreateMultipartUploadRequest::website_redirect_location).
    pub fn set_website_redirect_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_website_redirect_location(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateMultipartUploadRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateMultipartUploadRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<CreateMultipartUploadOutput, SdkError<CreateMultipartUploadError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::CREATE_MULTIPART_UPLOAD, &input, stream)
            .await
    }
}
/// A `DeleteBucket` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteBucketFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteBucketRequestBuilder,
}
impl ::std::convert::From<DeleteBucketFluentBuilder> for DeleteBucketRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteBucketFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteBucketFluentBuilder {
    /// Sets [`DeleteBucketRequest::bucket`](DeleteBucketRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`DeleteBucketRequest::bucket`](DeleteBucketRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`DeleteBucketRequest::expected_bucket_owner`](DeleteBucketRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`DeleteBucketRequest::expected_bucket_owner`](DeleteBucketRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteBucketRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteBucketRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteBucketOutput, SdkError<DeleteBucketError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::DELETE_BUCKET, &input, stream)
            .await
    }
}
/// A `DeleteObject` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DeleteObjectFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DeleteObjectRequestBuilder,
}
impl ::std::convert::From<DeleteObjectFluentBuilder> for DeleteObjectRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DeleteObjectFluentBuilder) -> Self {
        fluent.input
    }
}
impl DeleteObjectFluentBuilder {
    /// Sets [`DeleteObjectRequest::bucket`](DeleteObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::bucket`](DeleteObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`DeleteObjectRequest::bypass_governance_retention`](DeleteObjectRequest::bypass_governance_retention).
    pub fn bypass_governance_retention(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.bypass_governance_retention(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::bypass_governance_retention`](DeleteObjectRequest::bypass_governance_retention).
    pub fn set_bypass_governance_retention(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_bypass_governance_retention(value);
        self
    }
    /// Sets [`DeleteObjectRequest::expected_bucket_owner`](DeleteObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::expected_bucket_owner`](DeleteObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`DeleteObjectRequest::if_match`](DeleteObjectRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_match(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::if_match`](DeleteObjectRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_match(value);
        self
    }
    /// Sets [`DeleteObjectRequest::if_match_last_modified_time`](DeleteObjectRequest::if_match_last_modified_time).
    pub fn if_match_last_modified_time(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.if_match_last_modified_time(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::if_match_last_modified_time`](DeleteObjectRequest::if_match_last_modified_time).
    pub fn set_if_match_last_modified_time(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_if_match_last_modified_time(value);
        self
    }
    /// Sets [`DeleteObjectRequest::if_match_size`](DeleteObjectRequest::if_match_size).
    pub fn if_match_size(mut self, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.if_match_size(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::if_match_size`](DeleteObjectRequest::if_match_size).
    pub fn set_if_match_size(mut self, value: rt::Option<i64>) -> Self {
        self.input = self.input.set_if_match_size(value);
        self
    }
    /// Sets [`DeleteObjectRequest::key`](DeleteObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::key`](DeleteObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`DeleteObjectRequest::mfa`](DeleteObjectRequest::mfa).
    pub fn mfa(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.mfa(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::mfa`](DeleteObjectRequest::mfa).
    pub fn set_mfa(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_mfa(value);
        self
    }
    /// Sets [`DeleteObjectRequest::request_payer`](DeleteObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::request_payer`](DeleteObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`DeleteObjectRequest::version_id`](DeleteObjectRequest::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.version_id(value);
        self
    }
    /// Sets or clears [`DeleteObjectRequest::version_id`](DeleteObjectRequest::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_version_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DeleteObjectRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DeleteObjectRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DeleteObjectOutput, SdkError<DeleteObjectError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::DELETE_OBJECT, &input, stream)
            .await
    }
    /// Signs the request instead of sending it: a URL with the
    /// signature in its query, valid for `config`'s time, and the
    /// method and headers to send it with (`curl`, a browser, any
    /// HTTP client; whoever sends it chooses the body of a `PUT`).
    pub async fn presigned(
        self,
        config: rt::client::PresigningConfig,
    ) -> rt::Result<rt::client::PresignedRequest, SdkError<DeleteObjectError>> {
        let input = self.input;
        self.handle
            .presign(&s3_types::http::DELETE_OBJECT, &input, &config)
            .await
    }
}
/// A `GetObject` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GetObjectFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GetObjectRequestBuilder,
}
impl ::std::convert::From<GetObjectFluentBuilder> for GetObjectRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GetObjectFluentBuilder) -> Self {
        fluent.input
    }
}
impl GetObjectFluentBuilder {
    /// Sets [`GetObjectRequest::bucket`](GetObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::bucket`](GetObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`GetObjectRequest::checksum_mode`](GetObjectRequest::checksum_mode).
    pub fn checksum_mode(mut self, value: impl rt::Into<ChecksumMode>) -> Self {
        self.input = self.input.checksum_mode(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::checksum_mode`](GetObjectRequest::checksum_mode).
    pub fn set_checksum_mode(mut self, value: rt::Option<ChecksumMode>) -> Self {
        self.input = self.input.set_checksum_mode(value);
        self
    }
    /// Sets [`GetObjectRequest::expected_bucket_owner`](GetObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::expected_bucket_owner`](GetObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`GetObjectRequest::if_match`](GetObjectRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_match(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::if_match`](GetObjectRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_match(value);
        self
    }
    /// Sets [`GetObjectRequest::if_modified_since`](GetObjectRequest::if_modified_since).
    pub fn if_modified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.if_modified_since(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::if_modified_since`](GetObjectRequest::if_modified_since).
    pub fn set_if_modified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_if_modified_since(value);
        self
    }
    /// Sets [`GetObjectRequest::if_none_match`](GetObjectRequest::if_none_match).
    pub fn if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_none_match(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::if_none_match`](GetObjectRequest::if_none_match).
    pub fn set_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_none_match(value);
        self
    }
    /// Sets [`GetObjectRequest::if_unmodified_since`](GetObjectRequest::if_unmodified_since).
    pub fn if_unmodified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.if_unmodified_since(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::if_unmodified_since`](GetObjectRequest::if_unmodified_since).
    pub fn set_if_unmodified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_if_unmodified_since(value);
        self
    }
    /// Sets [`GetObjectRequest::key`](GetObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::key`](GetObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`GetObjectRequest::part_number`](GetObjectRequest::part_number).
    pub fn part_number(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.part_number(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::part_number`](GetObjectRequest::part_number).
    pub fn set_part_number(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_part_number(value);
        self
    }
    /// Sets [`GetObjectRequest::range`](GetObjectRequest::range).
    pub fn range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.range(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::range`](GetObjectRequest::range).
    pub fn set_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_range(value);
        self
    }
    /// Sets [`GetObjectRequest::request_payer`](GetObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::request_payer`](GetObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`GetObjectRequest::response_cache_control`](GetObjectRequest::response_cache_control).
    pub fn response_cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_cache_control(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::response_cache_control`](GetObjectRequest::response_cache_control).
    pub fn set_response_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_cache_control(value);
        self
    }
    /// Sets [`GetObjectRequest::response_content_disposition`](GetObjectRequest::response_content_disposition).
    pub fn response_content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_content_disposition(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::response_content_disposition`](GetObjectRequest::response_content_disposition).
    pub fn set_response_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_content_disposition(value);
        self
    }
    /// Sets [`GetObjectRequest::response_content_encoding`](GetObjectRequest::response_content_encoding).
    pub fn response_content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_content_encoding(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::response_content_encoding`](GetObjectRequest::response_content_encoding).
    pub fn set_response_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_content_encoding(value);
        self
    }
    /// Sets [`GetObjectRequest::response_content_language`](GetObjectRequest::response_content_language).
    pub fn response_content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_content_language(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::response_content_language`](GetObjectRequest::response_content_language).
    pub fn set_response_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_content_language(value);
        self
    }
    /// Sets [`GetObjectRequest::response_content_type`](GetObjectRequest::response_content_type).
    pub fn response_content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_content_type(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::response_content_type`](GetObjectRequest::response_content_type).
    pub fn set_response_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_content_type(value);
        self
    }
    /// Sets [`GetObjectRequest::response_expires`](GetObjectRequest::response_expires).
    pub fn response_expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.response_expires(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::response_expires`](GetObjectRequest::response_expires).
    pub fn set_response_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_response_expires(value);
        self
    }
    /// Sets [`GetObjectRequest::sse_customer_algorithm`](GetObjectRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::sse_customer_algorithm`](GetObjectRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_algorithm(value);
        self
    }
    /// Sets [`GetObjectRequest::sse_customer_key`](GetObjectRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::sse_customer_key`](GetObjectRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key(value);
        self
    }
    /// Sets [`GetObjectRequest::sse_customer_key_md5`](GetObjectRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::sse_customer_key_md5`](GetObjectRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key_md5(value);
        self
    }
    /// Sets [`GetObjectRequest::version_id`](GetObjectRequest::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.version_id(value);
        self
    }
    /// Sets or clears [`GetObjectRequest::version_id`](GetObjectRequest::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_version_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GetObjectRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GetObjectRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GetObjectOutput, SdkError<GetObjectError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::GET_OBJECT, &input, stream)
            .await
    }
    /// Signs the request instead of sending it: a URL with the
    /// signature in its query, valid for `config`'s time, and the
    /// method and headers to send it with (`curl`, a browser, any
    /// HTTP client; whoever sends it chooses the body of a `PUT`).
    pub async fn presigned(
        self,
        config: rt::client::PresigningConfig,
    ) -> rt::Result<rt::client::PresignedRequest, SdkError<GetObjectError>> {
        let input = self.input;
        self.handle
            .presign(&s3_types::http::GET_OBJECT, &input, &config)
            .await
    }
}
/// A `HeadBucket` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct HeadBucketFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: HeadBucketRequestBuilder,
}
impl ::std::convert::From<HeadBucketFluentBuilder> for HeadBucketRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: HeadBucketFluentBuilder) -> Self {
        fluent.input
    }
}
impl HeadBucketFluentBuilder {
    /// Sets [`HeadBucketRequest::bucket`](HeadBucketRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`HeadBucketRequest::bucket`](HeadBucketRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`HeadBucketRequest::expected_bucket_owner`](HeadBucketRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`HeadBucketRequest::expected_bucket_owner`](HeadBucketRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: HeadBucketRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut HeadBucketRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<HeadBucketOutput, SdkError<HeadBucketError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::HEAD_BUCKET, &input, stream)
            .await
    }
}
/// A `HeadObject` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct HeadObjectFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: HeadObjectRequestBuilder,
}
impl ::std::convert::From<HeadObjectFluentBuilder> for HeadObjectRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: HeadObjectFluentBuilder) -> Self {
        fluent.input
    }
}
impl HeadObjectFluentBuilder {
    /// Sets [`HeadObjectRequest::bucket`](HeadObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::bucket`](HeadObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`HeadObjectRequest::checksum_mode`](HeadObjectRequest::checksum_mode).
    pub fn checksum_mode(mut self, value: impl rt::Into<ChecksumMode>) -> Self {
        self.input = self.input.checksum_mode(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::checksum_mode`](HeadObjectRequest::checksum_mode).
    pub fn set_checksum_mode(mut self, value: rt::Option<ChecksumMode>) -> Self {
        self.input = self.input.set_checksum_mode(value);
        self
    }
    /// Sets [`HeadObjectRequest::expected_bucket_owner`](HeadObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::expected_bucket_owner`](HeadObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`HeadObjectRequest::if_match`](HeadObjectRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_match(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::if_match`](HeadObjectRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_match(value);
        self
    }
    /// Sets [`HeadObjectRequest::if_modified_since`](HeadObjectRequest::if_modified_since).
    pub fn if_modified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.if_modified_since(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::if_modified_since`](HeadObjectRequest::if_modified_since).
    pub fn set_if_modified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_if_modified_since(value);
        self
    }
    /// Sets [`HeadObjectRequest::if_none_match`](HeadObjectRequest::if_none_match).
    pub fn if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_none_match(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::if_none_match`](HeadObjectRequest::if_none_match).
    pub fn set_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_none_match(value);
        self
    }
    /// Sets [`HeadObjectRequest::if_unmodified_since`](HeadObjectRequest::if_unmodified_since).
    pub fn if_unmodified_since(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.if_unmodified_since(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::if_unmodified_since`](HeadObjectRequest::if_unmodified_since).
    pub fn set_if_unmodified_since(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_if_unmodified_since(value);
        self
    }
    /// Sets [`HeadObjectRequest::key`](HeadObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::key`](HeadObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`HeadObjectRequest::part_number`](HeadObjectRequest::part_number).
    pub fn part_number(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.part_number(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::part_number`](HeadObjectRequest::part_number).
    pub fn set_part_number(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_part_number(value);
        self
    }
    /// Sets [`HeadObjectRequest::range`](HeadObjectRequest::range).
    pub fn range(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.range(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::range`](HeadObjectRequest::range).
    pub fn set_range(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_range(value);
        self
    }
    /// Sets [`HeadObjectRequest::request_payer`](HeadObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::request_payer`](HeadObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`HeadObjectRequest::response_cache_control`](HeadObjectRequest::response_cache_control).
    pub fn response_cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_cache_control(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_cache_control`](HeadObjectRequest::response_cache_control).
    pub fn set_response_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_cache_control(value);
        self
    }
    /// Sets [`HeadObjectRequest::response_content_disposition`](HeadObjectRequest::response_content_disposition).
    pub fn response_content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_content_disposition(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_content_disposition`](HeadObjectRequest::response_content_disposition).
    pub fn set_response_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_content_disposition(value);
        self
    }
    /// Sets [`HeadObjectRequest::response_content_encoding`](HeadObjectRequest::response_content_encoding).
    pub fn response_content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_content_encoding(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_content_encoding`](HeadObjectRequest::response_content_encoding).
    pub fn set_response_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_content_encoding(value);
        self
    }
    /// Sets [`HeadObjectRequest::response_content_language`](HeadObjectRequest::response_content_language).
    pub fn response_content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_content_language(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_content_language`](HeadObjectRequest::response_content_language).
    pub fn set_response_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_content_language(value);
        self
    }
    /// Sets [`HeadObjectRequest::response_content_type`](HeadObjectRequest::response_content_type).
    pub fn response_content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.response_content_type(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_content_type`](HeadObjectRequest::response_content_type).
    pub fn set_response_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_response_content_type(value);
        self
    }
    /// Sets [`HeadObjectRequest::response_expires`](HeadObjectRequest::response_expires).
    pub fn response_expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.response_expires(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::response_expires`](HeadObjectRequest::response_expires).
    pub fn set_response_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_response_expires(value);
        self
    }
    /// Sets [`HeadObjectRequest::sse_customer_algorithm`](HeadObjectRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::sse_customer_algorithm`](HeadObjectRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_algorithm(value);
        self
    }
    /// Sets [`HeadObjectRequest::sse_customer_key`](HeadObjectRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::sse_customer_key`](HeadObjectRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key(value);
        self
    }
    /// Sets [`HeadObjectRequest::sse_customer_key_md5`](HeadObjectRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::sse_customer_key_md5`](HeadObjectRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key_md5(value);
        self
    }
    /// Sets [`HeadObjectRequest::version_id`](HeadObjectRequest::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.version_id(value);
        self
    }
    /// Sets or clears [`HeadObjectRequest::version_id`](HeadObjectRequest::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_version_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: HeadObjectRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut HeadObjectRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<HeadObjectOutput, SdkError<HeadObjectError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::HEAD_OBJECT, &input, stream)
            .await
    }
    /// Signs the request instead of sending it: a URL with the
    /// signature in its query, valid for `config`'s time, and the
    /// method and headers to send it with (`curl`, a browser, any
    /// HTTP client; whoever sends it chooses the body of a `PUT`).
    pub async fn presigned(
        self,
        config: rt::client::PresigningConfig,
    ) -> rt::Result<rt::client::PresignedRequest, SdkError<HeadObjectError>> {
        let input = self.input;
        self.handle
            .presign(&s3_types::http::HEAD_OBJECT, &input, &config)
            .await
    }
}
/// A `ListBuckets` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListBucketsFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListBucketsRequestBuilder,
}
impl ::std::convert::From<ListBucketsFluentBuilder> for ListBucketsRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListBucketsFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListBucketsFluentBuilder {
    /// Sets [`ListBucketsRequest::bucket_region`](ListBucketsRequest::bucket_region).
    pub fn bucket_region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket_region(value);
        self
    }
    /// Sets or clears [`ListBucketsRequest::bucket_region`](ListBucketsRequest::bucket_region).
    pub fn set_bucket_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket_region(value);
        self
    }
    /// Sets [`ListBucketsRequest::continuation_token`](ListBucketsRequest::continuation_token).
    pub fn continuation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.continuation_token(value);
        self
    }
    /// Sets or clears [`ListBucketsRequest::continuation_token`](ListBucketsRequest::continuation_token).
    pub fn set_continuation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_continuation_token(value);
        self
    }
    /// Sets [`ListBucketsRequest::max_buckets`](ListBucketsRequest::max_buckets).
    pub fn max_buckets(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_buckets(value);
        self
    }
    /// Sets or clears [`ListBucketsRequest::max_buckets`](ListBucketsRequest::max_buckets).
    pub fn set_max_buckets(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_buckets(value);
        self
    }
    /// Sets [`ListBucketsRequest::prefix`](ListBucketsRequest::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.prefix(value);
        self
    }
    /// Sets or clears [`ListBucketsRequest::prefix`](ListBucketsRequest::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_prefix(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListBucketsRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListBucketsRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListBucketsOutput, SdkError<ListBucketsError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::LIST_BUCKETS, &input, stream)
            .await
    }
}
impl ListBucketsFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListBucketsPaginator {
        ListBucketsPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListBuckets`, following `ContinuationToken`.
#[derive(Debug)]
pub struct ListBucketsPaginator {
    call: ListBucketsFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListBucketsPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListBucketsOutput, SdkError<ListBucketsError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.continuation_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page
            .as_ref()
            .ok()
            .and_then(|p| p.continuation_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListBucketsOutput, SdkError<ListBucketsError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `Buckets` of every page, in order.
    pub async fn items(mut self) -> rt::Result<rt::Vec<Bucket>, SdkError<ListBucketsError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.buckets.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `Buckets` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<Bucket, SdkError<ListBucketsError>>> {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.buckets.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ListObjectsV2` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListObjectsV2FluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListObjectsV2RequestBuilder,
}
impl ::std::convert::From<ListObjectsV2FluentBuilder> for ListObjectsV2RequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListObjectsV2FluentBuilder) -> Self {
        fluent.input
    }
}
impl ListObjectsV2FluentBuilder {
    /// Sets [`ListObjectsV2Request::bucket`](ListObjectsV2Request::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::bucket`](ListObjectsV2Request::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`ListObjectsV2Request::continuation_token`](ListObjectsV2Request::continuation_token).
    pub fn continuation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.continuation_token(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::continuation_token`](ListObjectsV2Request::continuation_token).
    pub fn set_continuation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_continuation_token(value);
        self
    }
    /// Sets [`ListObjectsV2Request::delimiter`](ListObjectsV2Request::delimiter).
    pub fn delimiter(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.delimiter(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::delimiter`](ListObjectsV2Request::delimiter).
    pub fn set_delimiter(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_delimiter(value);
        self
    }
    /// Sets [`ListObjectsV2Request::encoding_type`](ListObjectsV2Request::encoding_type).
    pub fn encoding_type(mut self, value: impl rt::Into<EncodingType>) -> Self {
        self.input = self.input.encoding_type(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::encoding_type`](ListObjectsV2Request::encoding_type).
    pub fn set_encoding_type(mut self, value: rt::Option<EncodingType>) -> Self {
        self.input = self.input.set_encoding_type(value);
        self
    }
    /// Sets [`ListObjectsV2Request::expected_bucket_owner`](ListObjectsV2Request::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::expected_bucket_owner`](ListObjectsV2Request::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`ListObjectsV2Request::fetch_owner`](ListObjectsV2Request::fetch_owner).
    pub fn fetch_owner(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.fetch_owner(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::fetch_owner`](ListObjectsV2Request::fetch_owner).
    pub fn set_fetch_owner(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_fetch_owner(value);
        self
    }
    /// Sets [`ListObjectsV2Request::max_keys`](ListObjectsV2Request::max_keys).
    pub fn max_keys(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.max_keys(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::max_keys`](ListObjectsV2Request::max_keys).
    pub fn set_max_keys(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_max_keys(value);
        self
    }
    /// Appends one element to [`ListObjectsV2Request::optional_object_attributes`](ListObjectsV2Request::optional_object_attributes).
    pub fn optional_object_attributes(
        mut self,
        value: impl rt::Into<OptionalObjectAttributes>,
    ) -> Self {
        self.input = self.input.optional_object_attributes(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::optional_object_attributes`](ListObjectsV2Request::optional_object_attributes).
    pub fn set_optional_object_attributes(
        mut self,
        value: rt::Option<rt::Vec<OptionalObjectAttributes>>,
    ) -> Self {
        self.input = self.input.set_optional_object_attributes(value);
        self
    }
    /// Sets [`ListObjectsV2Request::prefix`](ListObjectsV2Request::prefix).
    pub fn prefix(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.prefix(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::prefix`](ListObjectsV2Request::prefix).
    pub fn set_prefix(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_prefix(value);
        self
    }
    /// Sets [`ListObjectsV2Request::request_payer`](ListObjectsV2Request::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::request_payer`](ListObjectsV2Request::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`ListObjectsV2Request::start_after`](ListObjectsV2Request::start_after).
    pub fn start_after(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.start_after(value);
        self
    }
    /// Sets or clears [`ListObjectsV2Request::start_after`](ListObjectsV2Request::start_after).
    pub fn set_start_after(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_start_after(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListObjectsV2RequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListObjectsV2RequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListObjectsV2Output, SdkError<ListObjectsV2Error>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::LIST_OBJECTS_V2, &input, stream)
            .await
    }
}
impl ListObjectsV2FluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListObjectsV2Paginator {
        ListObjectsV2Paginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListObjectsV2`, following `NextContinuationToken`.
#[derive(Debug)]
pub struct ListObjectsV2Paginator {
    call: ListObjectsV2FluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListObjectsV2Paginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListObjectsV2Output, SdkError<ListObjectsV2Error>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.continuation_token = Some(token.clone());
        }
        let page = call.send().await;
        let next = page
            .as_ref()
            .ok()
            .and_then(|p| p.next_continuation_token.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListObjectsV2Output, SdkError<ListObjectsV2Error>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
}
/// A `PutObject` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct PutObjectFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: PutObjectRequestBuilder,
}
impl ::std::convert::From<PutObjectFluentBuilder> for PutObjectRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: PutObjectFluentBuilder) -> Self {
        fluent.input
    }
}
impl PutObjectFluentBuilder {
    /// Sets [`PutObjectRequest::acl`](PutObjectRequest::acl).
    pub fn acl(mut self, value: impl rt::Into<ObjectCannedAcl>) -> Self {
        self.input = self.input.acl(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::acl`](PutObjectRequest::acl).
    pub fn set_acl(mut self, value: rt::Option<ObjectCannedAcl>) -> Self {
        self.input = self.input.set_acl(value);
        self
    }
    /// Sets [`PutObjectRequest::body`](PutObjectRequest::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.input = self.input.body(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::body`](PutObjectRequest::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.input = self.input.set_body(value);
        self
    }
    /// Sets [`PutObjectRequest::bucket`](PutObjectRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::bucket`](PutObjectRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`PutObjectRequest::bucket_key_enabled`](PutObjectRequest::bucket_key_enabled).
    pub fn bucket_key_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.bucket_key_enabled(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::bucket_key_enabled`](PutObjectRequest::bucket_key_enabled).
    pub fn set_bucket_key_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_bucket_key_enabled(value);
        self
    }
    /// Sets [`PutObjectRequest::cache_control`](PutObjectRequest::cache_control).
    pub fn cache_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.cache_control(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::cache_control`](PutObjectRequest::cache_control).
    pub fn set_cache_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_cache_control(value);
        self
    }
    /// Sets [`PutObjectRequest::checksum_algorithm`](PutObjectRequest::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.input = self.input.checksum_algorithm(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_algorithm`](PutObjectRequest::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.input = self.input.set_checksum_algorithm(value);
        self
    }
    /// Sets [`PutObjectRequest::checksum_crc32`](PutObjectRequest::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc32(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_crc32`](PutObjectRequest::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc32(value);
        self
    }
    /// Sets [`PutObjectRequest::checksum_crc32c`](PutObjectRequest::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc32c(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_crc32c`](PutObjectRequest::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc32c(value);
        self
    }
    /// Sets [`PutObjectRequest::checksum_crc64nvme`](PutObjectRequest::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc64nvme(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_crc64nvme`](PutObjectRequest::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc64nvme(value);
        self
    }
    /// Sets [`PutObjectRequest::checksum_sha1`](PutObjectRequest::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_sha1(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_sha1`](PutObjectRequest::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_sha1(value);
        self
    }
    /// Sets [`PutObjectRequest::checksum_sha256`](PutObjectRequest::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_sha256(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::checksum_sha256`](PutObjectRequest::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_sha256(value);
        self
    }
    /// Sets [`PutObjectRequest::content_disposition`](PutObjectRequest::content_disposition).
    pub fn content_disposition(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_disposition(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::content_disposition`](PutObjectRequest::content_disposition).
    pub fn set_content_disposition(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_disposition(value);
        self
    }
    /// Sets [`PutObjectRequest::content_encoding`](PutObjectRequest::content_encoding).
    pub fn content_encoding(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_encoding(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::content_encoding`](PutObjectRequest::content_encoding).
    pub fn set_content_encoding(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_encoding(value);
        self
    }
    /// Sets [`PutObjectRequest::content_language`](PutObjectRequest::content_language).
    pub fn content_language(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_language(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::content_language`](PutObjectRequest::content_language).
    pub fn set_content_language(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_language(value);
        self
    }
    /// Sets [`PutObjectRequest::content_length`](PutObjectRequest::content_length).
    pub fn content_length(mut self, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.content_length(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::content_length`](PutObjectRequest::content_length).
    pub fn set_content_length(mut self, value: rt::Option<i64>) -> Self {
        self.input = self.input.set_content_length(value);
        self
    }
    /// Sets [`PutObjectRequest::content_md5`](PutObjectRequest::content_md5).
    pub fn content_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_md5(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::content_md5`](PutObjectRequest::content_md5).
    pub fn set_content_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_md5(value);
        self
    }
    /// Sets [`PutObjectRequest::content_type`](PutObjectRequest::content_type).
    pub fn content_type(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_type(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::content_type`](PutObjectRequest::content_type).
    pub fn set_content_type(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_type(value);
        self
    }
    /// Sets [`PutObjectRequest::expected_bucket_owner`](PutObjectRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::expected_bucket_owner`](PutObjectRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`PutObjectRequest::expires`](PutObjectRequest::expires).
    pub fn expires(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.expires(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::expires`](PutObjectRequest::expires).
    pub fn set_expires(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_expires(value);
        self
    }
    /// Sets [`PutObjectRequest::grant_full_control`](PutObjectRequest::grant_full_control).
    pub fn grant_full_control(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_full_control(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::grant_full_control`](PutObjectRequest::grant_full_control).
    pub fn set_grant_full_control(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_full_control(value);
        self
    }
    /// Sets [`PutObjectRequest::grant_read`](PutObjectRequest::grant_read).
    pub fn grant_read(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_read(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::grant_read`](PutObjectRequest::grant_read).
    pub fn set_grant_read(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_read(value);
        self
    }
    /// Sets [`PutObjectRequest::grant_read_acp`](PutObjectRequest::grant_read_acp).
    pub fn grant_read_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_read_acp(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::grant_read_acp`](PutObjectRequest::grant_read_acp).
    pub fn set_grant_read_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_read_acp(value);
        self
    }
    /// Sets [`PutObjectRequest::grant_write_acp`](PutObjectRequest::grant_write_acp).
    pub fn grant_write_acp(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_write_acp(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::grant_write_acp`](PutObjectRequest::grant_write_acp).
    pub fn set_grant_write_acp(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_grant_write_acp(value);
        self
    }
    /// Sets [`PutObjectRequest::if_match`](PutObjectRequest::if_match).
    pub fn if_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_match(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::if_match`](PutObjectRequest::if_match).
    pub fn set_if_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_match(value);
        self
    }
    /// Sets [`PutObjectRequest::if_none_match`](PutObjectRequest::if_none_match).
    pub fn if_none_match(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.if_none_match(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::if_none_match`](PutObjectRequest::if_none_match).
    pub fn set_if_none_match(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_if_none_match(value);
        self
    }
    /// Sets [`PutObjectRequest::key`](PutObjectRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::key`](PutObjectRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Inserts one entry into [`PutObjectRequest::metadata`](PutObjectRequest::metadata).
    pub fn metadata(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.metadata(key, value);
        self
    }
    /// Sets or clears [`PutObjectRequest::metadata`](PutObjectRequest::metadata).
    pub fn set_metadata(mut self, value: rt::Option<rt::BTreeMap<rt::String, rt::String>>) -> Self {
        self.input = self.input.set_metadata(value);
        self
    }
    /// Sets [`PutObjectRequest::object_lock_legal_hold_status`](PutObjectRequest::object_lock_legal_hold_status).
    pub fn object_lock_legal_hold_status(
        mut self,
        value: impl rt::Into<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.input = self.input.object_lock_legal_hold_status(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::object_lock_legal_hold_status`](PutObjectRequest::object_lock_legal_hold_status).
    pub fn set_object_lock_legal_hold_status(
        mut self,
        value: rt::Option<ObjectLockLegalHoldStatus>,
    ) -> Self {
        self.input = self.input.set_object_lock_legal_hold_status(value);
        self
    }
    /// Sets [`PutObjectRequest::object_lock_mode`](PutObjectRequest::object_lock_mode).
    pub fn object_lock_mode(mut self, value: impl rt::Into<ObjectLockMode>) -> Self {
        self.input = self.input.object_lock_mode(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::object_lock_mode`](PutObjectRequest::object_lock_mode).
    pub fn set_object_lock_mode(mut self, value: rt::Option<ObjectLockMode>) -> Self {
        self.input = self.input.set_object_lock_mode(value);
        self
    }
    /// Sets [`PutObjectRequest::object_lock_retain_until_date`](PutObjectRequest::object_lock_retain_until_date).
    pub fn object_lock_retain_until_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.input = self.input.object_lock_retain_until_date(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::object_lock_retain_until_date`](PutObjectRequest::object_lock_retain_until_date).
    pub fn set_object_lock_retain_until_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.input = self.input.set_object_lock_retain_until_date(value);
        self
    }
    /// Sets [`PutObjectRequest::request_payer`](PutObjectRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::request_payer`](PutObjectRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`PutObjectRequest::sse_customer_algorithm`](PutObjectRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::sse_customer_algorithm`](PutObjectRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_algorithm(value);
        self
    }
    /// Sets [`PutObjectRequest::sse_customer_key`](PutObjectRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::sse_customer_key`](PutObjectRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key(value);
        self
    }
    /// Sets [`PutObjectRequest::sse_customer_key_md5`](PutObjectRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::sse_customer_key_md5`](PutObjectRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key_md5(value);
        self
    }
    /// Sets [`PutObjectRequest::ssekms_encryption_context`](PutObjectRequest::ssekms_encryption_context).
    pub fn ssekms_encryption_context(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ssekms_encryption_context(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::ssekms_encryption_context`](PutObjectRequest::ssekms_encryption_context).
    pub fn set_ssekms_encryption_context(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ssekms_encryption_context(value);
        self
    }
    /// Sets [`PutObjectRequest::ssekms_key_id`](PutObjectRequest::ssekms_key_id).
    pub fn ssekms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.ssekms_key_id(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::ssekms_key_id`](PutObjectRequest::ssekms_key_id).
    pub fn set_ssekms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_ssekms_key_id(value);
        self
    }
    /// Sets [`PutObjectRequest::server_side_encryption`](PutObjectRequest::server_side_encryption).
    pub fn server_side_encryption(mut self, value: impl rt::Into<ServerSideEncryption>) -> Self {
        self.input = self.input.server_side_encryption(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::server_side_encryption`](PutObjectRequest::server_side_encryption).
    pub fn set_server_side_encryption(mut self, value: rt::Option<ServerSideEncryption>) -> Self {
        self.input = self.input.set_server_side_encryption(value);
        self
    }
    /// Sets [`PutObjectRequest::storage_class`](PutObjectRequest::storage_class).
    pub fn storage_class(mut self, value: impl rt::Into<StorageClass>) -> Self {
        self.input = self.input.storage_class(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::storage_class`](PutObjectRequest::storage_class).
    pub fn set_storage_class(mut self, value: rt::Option<StorageClass>) -> Self {
        self.input = self.input.set_storage_class(value);
        self
    }
    /// Sets [`PutObjectRequest::tagging`](PutObjectRequest::tagging).
    pub fn tagging(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.tagging(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::tagging`](PutObjectRequest::tagging).
    pub fn set_tagging(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_tagging(value);
        self
    }
    /// Sets [`PutObjectRequest::website_redirect_location`](PutObjectRequest::website_redirect_location).
    pub fn website_redirect_location(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.website_redirect_location(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::website_redirect_location`](PutObjectRequest::website_redirect_location).
    pub fn set_website_redirect_location(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_website_redirect_location(value);
        self
    }
    /// Sets [`PutObjectRequest::write_offset_bytes`](PutObjectRequest::write_offset_bytes).
    pub fn write_offset_bytes(mut self, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.write_offset_bytes(value);
        self
    }
    /// Sets or clears [`PutObjectRequest::write_offset_bytes`](PutObjectRequest::write_offset_bytes).
    pub fn set_write_offset_bytes(mut self, value: rt::Option<i64>) -> Self {
        self.input = self.input.set_write_offset_bytes(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: PutObjectRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut PutObjectRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<PutObjectOutput, SdkError<PutObjectError>> {
        let mut input = self.input;
        let stream = input.body.take();
        self.handle
            .call(&s3_types::http::PUT_OBJECT, &input, stream)
            .await
    }
    /// Signs the request instead of sending it: a URL with the
    /// signature in its query, valid for `config`'s time, and the
    /// method and headers to send it with (`curl`, a browser, any
    /// HTTP client; whoever sends it chooses the body of a `PUT`).
    pub async fn presigned(
        self,
        config: rt::client::PresigningConfig,
    ) -> rt::Result<rt::client::PresignedRequest, SdkError<PutObjectError>> {
        let input = self.input;
        let mut input = input;
        input.body = None;
        self.handle
            .presign(&s3_types::http::PUT_OBJECT, &input, &config)
            .await
    }
}
/// A `SelectObjectContent` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct SelectObjectContentFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: SelectObjectContentRequestBuilder,
}
impl ::std::convert::From<SelectObjectContentFluentBuilder> for SelectObjectContentRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: SelectObjectContentFluentBuilder) -> Self {
        fluent.input
    }
}
impl SelectObjectContentFluentBuilder {
    /// Sets [`SelectObjectContentRequest::bucket`](SelectObjectContentRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::bucket`](SelectObjectContentRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::expected_bucket_owner`](SelectObjectContentRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::expected_bucket_owner`](SelectObjectContentRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::expression`](SelectObjectContentRequest::expression).
    pub fn expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expression(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::expression`](SelectObjectContentRequest::expression).
    pub fn set_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expression(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::expression_type`](SelectObjectContentRequest::expression_type).
    pub fn expression_type(mut self, value: impl rt::Into<ExpressionType>) -> Self {
        self.input = self.input.expression_type(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::expression_type`](SelectObjectContentRequest::expression_type).
    pub fn set_expression_type(mut self, value: rt::Option<ExpressionType>) -> Self {
        self.input = self.input.set_expression_type(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::input_serialization`](SelectObjectContentRequest::input_serialization).
    pub fn input_serialization(mut self, value: impl rt::Into<InputSerialization>) -> Self {
        self.input = self.input.input_serialization(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::input_serialization`](SelectObjectContentRequest::input_serialization).
    pub fn set_input_serialization(mut self, value: rt::Option<InputSerialization>) -> Self {
        self.input = self.input.set_input_serialization(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::key`](SelectObjectContentRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::key`](SelectObjectContentRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::output_serialization`](SelectObjectContentRequest::output_serialization).
    pub fn output_serialization(mut self, value: impl rt::Into<OutputSerialization>) -> Self {
        self.input = self.input.output_serialization(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::output_serialization`](SelectObjectContentRequest::output_serialization).
    pub fn set_output_serialization(mut self, value: rt::Option<OutputSerialization>) -> Self {
        self.input = self.input.set_output_serialization(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::request_progress`](SelectObjectContentRequest::request_progress).
    pub fn request_progress(mut self, value: impl rt::Into<RequestProgress>) -> Self {
        self.input = self.input.request_progress(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::request_progress`](SelectObjectContentRequest::request_progress).
    pub fn set_request_progress(mut self, value: rt::Option<RequestProgress>) -> Self {
        self.input = self.input.set_request_progress(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::sse_customer_algorithm`](SelectObjectContentRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::sse_customer_algorithm`](SelectObjectContentRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_algorithm(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::sse_customer_key`](SelectObjectContentRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::sse_customer_key`](SelectObjectContentRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::sse_customer_key_md5`](SelectObjectContentRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::sse_customer_key_md5`](SelectObjectContentRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key_md5(value);
        self
    }
    /// Sets [`SelectObjectContentRequest::scan_range`](SelectObjectContentRequest::scan_range).
    pub fn scan_range(mut self, value: impl rt::Into<ScanRange>) -> Self {
        self.input = self.input.scan_range(value);
        self
    }
    /// Sets or clears [`SelectObjectContentRequest::scan_range`](SelectObjectContentRequest::scan_range).
    pub fn set_scan_range(mut self, value: rt::Option<ScanRange>) -> Self {
        self.input = self.input.set_scan_range(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: SelectObjectContentRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut SelectObjectContentRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(
        self,
    ) -> rt::Result<SelectObjectContentOutput, SdkError<SelectObjectContentError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&s3_types::http::SELECT_OBJECT_CONTENT, &input, stream)
            .await
    }
}
/// A `UploadPart` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct UploadPartFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: UploadPartRequestBuilder,
}
impl ::std::convert::From<UploadPartFluentBuilder> for UploadPartRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: UploadPartFluentBuilder) -> Self {
        fluent.input
    }
}
impl UploadPartFluentBuilder {
    /// Sets [`UploadPartRequest::body`](UploadPartRequest::body).
    pub fn body(mut self, value: impl rt::Into<rt::ByteStream>) -> Self {
        self.input = self.input.body(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::body`](UploadPartRequest::body).
    pub fn set_body(mut self, value: rt::Option<rt::ByteStream>) -> Self {
        self.input = self.input.set_body(value);
        self
    }
    /// Sets [`UploadPartRequest::bucket`](UploadPartRequest::bucket).
    pub fn bucket(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.bucket(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::bucket`](UploadPartRequest::bucket).
    pub fn set_bucket(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_bucket(value);
        self
    }
    /// Sets [`UploadPartRequest::checksum_algorithm`](UploadPartRequest::checksum_algorithm).
    pub fn checksum_algorithm(mut self, value: impl rt::Into<ChecksumAlgorithm>) -> Self {
        self.input = self.input.checksum_algorithm(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_algorithm`](UploadPartRequest::checksum_algorithm).
    pub fn set_checksum_algorithm(mut self, value: rt::Option<ChecksumAlgorithm>) -> Self {
        self.input = self.input.set_checksum_algorithm(value);
        self
    }
    /// Sets [`UploadPartRequest::checksum_crc32`](UploadPartRequest::checksum_crc32).
    pub fn checksum_crc32(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc32(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_crc32`](UploadPartRequest::checksum_crc32).
    pub fn set_checksum_crc32(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc32(value);
        self
    }
    /// Sets [`UploadPartRequest::checksum_crc32c`](UploadPartRequest::checksum_crc32c).
    pub fn checksum_crc32c(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc32c(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_crc32c`](UploadPartRequest::checksum_crc32c).
    pub fn set_checksum_crc32c(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc32c(value);
        self
    }
    /// Sets [`UploadPartRequest::checksum_crc64nvme`](UploadPartRequest::checksum_crc64nvme).
    pub fn checksum_crc64nvme(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_crc64nvme(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_crc64nvme`](UploadPartRequest::checksum_crc64nvme).
    pub fn set_checksum_crc64nvme(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_crc64nvme(value);
        self
    }
    /// Sets [`UploadPartRequest::checksum_sha1`](UploadPartRequest::checksum_sha1).
    pub fn checksum_sha1(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_sha1(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_sha1`](UploadPartRequest::checksum_sha1).
    pub fn set_checksum_sha1(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_sha1(value);
        self
    }
    /// Sets [`UploadPartRequest::checksum_sha256`](UploadPartRequest::checksum_sha256).
    pub fn checksum_sha256(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.checksum_sha256(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::checksum_sha256`](UploadPartRequest::checksum_sha256).
    pub fn set_checksum_sha256(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_checksum_sha256(value);
        self
    }
    /// Sets [`UploadPartRequest::content_length`](UploadPartRequest::content_length).
    pub fn content_length(mut self, value: impl rt::Into<i64>) -> Self {
        self.input = self.input.content_length(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::content_length`](UploadPartRequest::content_length).
    pub fn set_content_length(mut self, value: rt::Option<i64>) -> Self {
        self.input = self.input.set_content_length(value);
        self
    }
    /// Sets [`UploadPartRequest::content_md5`](UploadPartRequest::content_md5).
    pub fn content_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.content_md5(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::content_md5`](UploadPartRequest::content_md5).
    pub fn set_content_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_content_md5(value);
        self
    }
    /// Sets [`UploadPartRequest::expected_bucket_owner`](UploadPartRequest::expected_bucket_owner).
    pub fn expected_bucket_owner(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.expected_bucket_owner(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::expected_bucket_owner`](UploadPartRequest::expected_bucket_owner).
    pub fn set_expected_bucket_owner(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_expected_bucket_owner(value);
        self
    }
    /// Sets [`UploadPartRequest::key`](UploadPartRequest::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::key`](UploadPartRequest::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key(value);
        self
    }
    /// Sets [`UploadPartRequest::part_number`](UploadPartRequest::part_number).
    pub fn part_number(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.part_number(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::part_number`](UploadPartRequest::part_number).
    pub fn set_part_number(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_part_number(value);
        self
    }
    /// Sets [`UploadPartRequest::request_payer`](UploadPartRequest::request_payer).
    pub fn request_payer(mut self, value: impl rt::Into<RequestPayer>) -> Self {
        self.input = self.input.request_payer(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::request_payer`](UploadPartRequest::request_payer).
    pub fn set_request_payer(mut self, value: rt::Option<RequestPayer>) -> Self {
        self.input = self.input.set_request_payer(value);
        self
    }
    /// Sets [`UploadPartRequest::sse_customer_algorithm`](UploadPartRequest::sse_customer_algorithm).
    pub fn sse_customer_algorithm(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_algorithm(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::sse_customer_algorithm`](UploadPartRequest::sse_customer_algorithm).
    pub fn set_sse_customer_algorithm(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_algorithm(value);
        self
    }
    /// Sets [`UploadPartRequest::sse_customer_key`](UploadPartRequest::sse_customer_key).
    pub fn sse_customer_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::sse_customer_key`](UploadPartRequest::sse_customer_key).
    pub fn set_sse_customer_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key(value);
        self
    }
    /// Sets [`UploadPartRequest::sse_customer_key_md5`](UploadPartRequest::sse_customer_key_md5).
    pub fn sse_customer_key_md5(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.sse_customer_key_md5(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::sse_customer_key_md5`](UploadPartRequest::sse_customer_key_md5).
    pub fn set_sse_customer_key_md5(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_sse_customer_key_md5(value);
        self
    }
    /// Sets [`UploadPartRequest::upload_id`](UploadPartRequest::upload_id).
    pub fn upload_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.upload_id(value);
        self
    }
    /// Sets or clears [`UploadPartRequest::upload_id`](UploadPartRequest::upload_id).
    pub fn set_upload_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_upload_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: UploadPartRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut UploadPartRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<UploadPartOutput, SdkError<UploadPartError>> {
        let mut input = self.input;
        let stream = input.body.take();
        self.handle
            .call(&s3_types::http::UPLOAD_PART, &input, stream)
            .await
    }
    /// Signs the request instead of sending it: a URL with the
    /// signature in its query, valid for `config`'s time, and the
    /// method and headers to send it with (`curl`, a browser, any
    /// HTTP client; whoever sends it chooses the body of a `PUT`).
    pub async fn presigned(
        self,
        config: rt::client::PresigningConfig,
    ) -> rt::Result<rt::client::PresignedRequest, SdkError<UploadPartError>> {
        let input = self.input;
        let mut input = input;
        input.body = None;
        self.handle
            .presign(&s3_types::http::UPLOAD_PART, &input, &config)
            .await
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"region is not a valid DNS-suffix\",\"expect\":{\"error\":\"Invalid region: region was not a valid DNS name.\"},\"params\":{\"Accelerate\":false,\"Region\":\"a b\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Invalid access point ARN: Not S3\",\"expect\":{\"error\":\"Invalid ARN: The ARN was not for the S3 service, found: not-s3\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:not-s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:not-s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Invalid access point ARN: invalid resource\",\"expect\":{\"error\":\"Invalid ARN: The ARN may only contain a single resource component after `accesspoint`.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint:more-data\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint:more-data\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Invalid access point ARN: invalid no ap name\",\"expect\":{\"error\":\"Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Invalid access point ARN: AccountId is invalid\",\"expect\":{\"error\":\"Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `123456_789012`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456_789012:accesspoint:apname\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456_789012:accesspoint:apname\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Invalid access point ARN: access point name is invalid\",\"expect\":{\"error\":\"Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `ap_name`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:ap_name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:ap_name\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Access points (disable access points explicitly false)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"DisableAccessPoints\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Access points: partition does not support FIPS\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"Bucket region is invalid\",\"expect\":{\"error\":\"Invalid region in ARN: `us-west -2` (invalid DNS name)\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west -2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west -2:123456789012:accesspoint:myendpoint\",\"DisableAccessPoints\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Access points when Access points explicitly disabled (used for CreateBucket)\",\"expect\":{\"error\":\"Access points are not supported for this operation\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"CreateBucket\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"DisableAccessPoints\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"missing arn type\",\"expect\":{\"error\":\"Invalid ARN: `arn:aws:s3:us-west-2:123456789012:` was not a valid ARN\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:\",\"DisableAccessPoints\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"SDK::Host + access point + Dualstack is an error\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":true,\"SDK::Endpoint\":\"https://beta.example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"Endpoint\":\"https://beta.example.com\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Access point ARN with FIPS & Dualstack\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint-fips.dualstack.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"DisableAccessPoints\":false,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"Access point ARN with Dualstack\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint.dualstack.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"DisableAccessPoints\":false,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"vanilla MRAP\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3\",\"signingRegionSet\":[\"*\"]}]},\"url\":\"https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"DisableMultiRegionAccessPoints\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"MRAP does not support FIPS\",\"expect\":{\"error\":\"S3 MRAP does not support FIPS\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"DisableMultiRegionAccessPoints\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"MRAP does not support DualStack\",\"expect\":{\"error\":\"S3 MRAP does not support dual-stack\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"DisableMultiRegionAccessPoints\":false,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"MRAP does not support S3 Accelerate\",\"expect\":{\"error\":\"S3 MRAP does not support S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::Accelerate\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"DisableMultiRegionAccessPoints\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"MRAP explicitly disabled\",\"expect\":{\"error\":\"Invalid configuration: Multi-Region Access Point ARNs are disabled.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::DisableMultiRegionAccessPoints\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"DisableMultiRegionAccessPoints\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Dual-stack endpoint with path-style forced\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.dualstack.us-west-2.amazonaws.com/bucketname\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucketname\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucketname\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Dual-stack endpoint + SDK::Host is error\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseDualStack\":true,\"SDK::Endpoint\":\"https://abc.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucketname\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucketname\",\"Endpoint\":\"https://abc.com\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"path style + ARN bucket\",\"expect\":{\"error\":\"Path-style addressing cannot be used with ARN buckets\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"implicit path style bucket + dualstack\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.dualstack.us-west-2.amazonaws.com/99_ab\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99_ab\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99_ab\",\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"implicit path style bucket + dualstack\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseDualStack\":true,\"SDK::Endpoint\":\"http://abc.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99_ab\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99_ab\",\"Endpoint\":\"http://abc.com\",\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"don't allow URL injections in the bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.us-west-2.amazonaws.com/example.com%23\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"example.com#\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"example.com#\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"URI encode bucket names in the path\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.us-west-2.amazonaws.com/bucket%20name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket name\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"scheme is respected\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"http://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com/99_ab\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"99_ab\",\"Endpoint\":\"http://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"scheme is respected (virtual addressing)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"http://bucketname.control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com/foo\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucketname\",\"Endpoint\":\"http://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com/foo\",\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + implicit private link\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com/99_ab\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99_ab\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99_ab\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"invalid Endpoint override\",\"expect\":{\"error\":\"Custom endpoint `abcde://nota#url` was not a valid URI\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucketname\",\"Endpoint\":\"abcde://nota#url\",\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"using an IPv4 address forces path style\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://123.123.0.1/bucketname\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"SDK::Endpoint\":\"https://123.123.0.1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucketname\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucketname\",\"Endpoint\":\"https://123.123.0.1\",\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"vanilla access point arn with region mismatch and UseArnRegion=false\",\"expect\":{\"error\":\"Invalid configuration: region from ARN `us-east-1` does not match client region `us-west-2` and UseArnRegion is `false`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-east-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-east-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"vanilla access point arn with region mismatch and UseArnRegion unset\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"vanilla access point arn with region mismatch and UseArnRegion=true\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"us-east-1\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"subdomains are not allowed in virtual buckets\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.us-east-1.amazonaws.com/bucket.name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket.name\",\"Key\":\"key\"}}],\"params\":{\"Bucket\":\"bucket.name\",\"Region\":\"us-east-1\"}},{\"documentation\":\"bucket names with 3 characters are allowed in virtual buckets\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://aaa.s3.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"aaa\",\"Key\":\"key\"}}],\"params\":{\"Bucket\":\"aaa\",\"Region\":\"us-east-1\"}},{\"documentation\":\"bucket names with fewer than 3 characters are not allowed in virtual host\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.us-east-1.amazonaws.com/aa\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"aa\",\"Key\":\"key\"}}],\"params\":{\"Bucket\":\"aa\",\"Region\":\"us-east-1\"}},{\"documentation\":\"bucket names with uppercase characters are not allowed in virtual host\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.us-east-1.amazonaws.com/BucketName\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"BucketName\",\"Key\":\"key\"}}],\"params\":{\"Bucket\":\"BucketName\",\"Region\":\"us-east-1\"}},{\"documentation\":\"subdomains are allowed in virtual buckets on http endpoints\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://bucket.name.example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"SDK::Endpoint\":\"http://example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket.name\",\"Key\":\"key\"}}],\"params\":{\"Bucket\":\"bucket.name\",\"Endpoint\":\"http://example.com\",\"Region\":\"us-east-1\"}},{\"documentation\":\"no region set\",\"expect\":{\"error\":\"A region must be set when sending requests to S3.\"},\"params\":{\"Bucket\":\"bucket-name\"}},{\"documentation\":\"UseGlobalEndpoints=true, region=us-east-1 uses the global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoints=true, region=us-west-2 uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoints=true, region=cn-north-1 uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://s3.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoints=true, region=us-east-1, fips=true uses the regional endpoint with fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true,\"AWS::UseFIPS\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoints=true, region=us-east-1, dualstack=true uses the regional endpoint with dualstack\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.dualstack.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true,\"AWS::UseDualStack\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoints=true, region=us-east-1, dualstack and fips uses the regional endpoint with fips/dualstack\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true,\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoints=true, region=us-east-1 with custom endpoint, uses custom\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoints=true, region=us-west-2 with custom endpoint, uses custom\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseGlobalEndpoint\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Endpoint\":\"https://example.com\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"UseGlobalEndpoints=true, region=us-east-1 with accelerate on non bucket case uses the global endpoint and ignores accelerate\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::Accelerate\":true,\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"aws-global region uses the global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\"},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"aws-global region with fips uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::UseFIPS\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"aws-global region with dualstack uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.dualstack.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::UseDualStack\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"aws-global region with fips and dualstack uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"aws-global region with accelerate on non-bucket case, uses global endpoint and ignores accelerate\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::Accelerate\":true},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":true,\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"aws-global region with custom endpoint, uses custom\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"ListBuckets\"}],\"params\":{\"Accelerate\":false,\"Endpoint\":\"https://example.com\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":false}},{\"documentation\":\"virtual addressing, aws-global region uses the global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing, aws-global region with Prefix, and Key uses the global endpoint. Prefix and Key parameters should not be used in endpoint evaluation.\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\"},\"operationName\":\"ListObjects\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Prefix\":\"prefix\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Key\":\"key\",\"Prefix\":\"prefix\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing, aws-global region with Copy Source, and Key uses the global endpoint. Copy Source and Key parameters should not be used in endpoint evaluation.\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"CopySource\":\"/copy/source\",\"Key\":\"key\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing, aws-global region with fips uses the regional fips endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"virtual addressing, aws-global region with dualstack uses the regional dualstack endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3.dualstack.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing, aws-global region with fips/dualstack uses the regional fips/dualstack endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3-fips.dualstack.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"virtual addressing, aws-global region with accelerate uses the global accelerate endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3-accelerate.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::Accelerate\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing, aws-global region with custom endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://example.com\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing, UseGlobalEndpoint and us-east-1 region uses the global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"virtual addressing, UseGlobalEndpoint and us-west-2 region uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://bucket-name.s3.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"virtual addressing, UseGlobalEndpoint and us-east-1 region and fips uses the regional fips endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"virtual addressing, UseGlobalEndpoint and us-east-1 region and dualstack uses the regional dualstack endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3.dualstack.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"virtual addressing, UseGlobalEndpoint and us-east-1 region and accelerate uses the global accelerate endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.s3-accelerate.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::Accelerate\":true,\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"virtual addressing, UseGlobalEndpoint and us-east-1 region with custom endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket-name.example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"ForcePathStyle, aws-global region uses the global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"ForcePathStyle, aws-global region with fips is invalid\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.amazonaws.com/bucket-name\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"ForcePathStyle, aws-global region with dualstack uses regional dualstack endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.dualstack.us-east-1.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"ForcePathStyle, aws-global region custom endpoint uses the custom endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://example.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::ForcePathStyle\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://example.com\",\"ForcePathStyle\":true,\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"ForcePathStyle, UseGlobalEndpoint us-east-1 region uses the global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::ForcePathStyle\":true,\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"ForcePathStyle, UseGlobalEndpoint us-west-2 region uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.us-west-2.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true,\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"ForcePathStyle, UseGlobalEndpoint us-east-1 region, dualstack uses the regional dualstack endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.dualstack.us-east-1.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::ForcePathStyle\":true,\"AWS::S3::UseGlobalEndpoint\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"ForcePathStyle, UseGlobalEndpoint us-east-1 region custom endpoint uses the custom endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://example.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::ForcePathStyle\":true,\"AWS::S3::UseGlobalEndpoint\":true,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://example.com\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"ARN with aws-global region and  UseArnRegion uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://reports-123456789012.op-01234567890123456.s3-outposts.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Region\":\"aws-global\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"cross partition MRAP ARN is an error\",\"expect\":{\"error\":\"Client was configured for partition `aws` but bucket referred to partition `aws-cn`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws-cn:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"Key\":\"key\"}}],\"params\":{\"Bucket\":\"arn:aws-cn:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap\",\"Region\":\"us-west-1\"}},{\"documentation\":\"Endpoint override, accesspoint with HTTP, port\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"http://myendpoint-123456789012.beta.example.com:1234\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"SDK::Endpoint\":\"http://beta.example.com:1234\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Endpoint\":\"http://beta.example.com:1234\",\"Region\":\"us-west-2\"}},{\"documentation\":\"Endpoint override, accesspoint with http, path, query, and port\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"http://myendpoint-123456789012.beta.example.com:1234/path\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Endpoint\":\"http://beta.example.com:1234/path\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"non-bucket endpoint override with FIPS = error\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Endpoint\":\"http://beta.example.com:1234/path\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"FIPS + dualstack + custom endpoint\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"params\":{\"Endpoint\":\"http://beta.example.com:1234/path\",\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"dualstack + custom endpoint\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"params\":{\"Endpoint\":\"http://beta.example.com:1234/path\",\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"custom endpoint without FIPS/dualstack\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"http://beta.example.com:1234/path\"}},\"params\":{\"Endpoint\":\"http://beta.example.com:1234/path\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"s3 object lambda with access points disabled\",\"expect\":{\"error\":\"Access points are not supported for this operation\"},\"params\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint:myendpoint\",\"DisableAccessPoints\":true,\"Region\":\"us-west-2\"}},{\"documentation\":\"non bucket + FIPS\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3-fips.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"standard non bucket endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"non bucket endpoint with FIPS + Dualstack\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3-fips.dualstack.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"non bucket endpoint with dualstack\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.dualstack.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"use global endpoint + IP address endpoint override\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://127.0.0.1/bucket\"}},\"params\":{\"Bucket\":\"bucket\",\"Endpoint\":\"http://127.0.0.1\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"non-dns endpoint + global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.amazonaws.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"endpoint override + use global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://foo.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"FIPS + dualstack + non-bucket endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"FIPS + dualstack + non-DNS endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"endpoint override + FIPS + dualstack (BUG)\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"endpoint override + non-dns bucket + FIPS (BUG)\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"FIPS + bucket endpoint + force path style\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"bucket + FIPS + force path style\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.amazonaws.com/bucket\"}},\"params\":{\"Bucket\":\"bucket\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"FIPS + dualstack + use global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket.s3-fips.dualstack.us-east-1.amazonaws.com\"}},\"params\":{\"Bucket\":\"bucket\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"URI encoded bucket + use global endpoint\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Bucket\":\"bucket!\",\"Endpoint\":\"https://foo.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"FIPS + path based endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"accelerate + dualstack + global endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket.s3-accelerate.dualstack.amazonaws.com\"}},\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"dualstack + global endpoint + non URI safe bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.dualstack.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"FIPS + uri encoded bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"endpoint override + non-uri safe endpoint + force path style\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"ForcePathStyle\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"FIPS + Dualstack + global endpoint + non-dns bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"endpoint override + FIPS + dualstack\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"params\":{\"Endpoint\":\"http://foo.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"non-bucket endpoint override + dualstack + global endpoint\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"params\":{\"Endpoint\":\"http://foo.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"Endpoint override + UseGlobalEndpoint + us-east-1\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Endpoint\":\"http://foo.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"non-FIPS partition with FIPS set + custom endpoint\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseGlobalEndpoint\":true}},{\"documentation\":\"aws-global signs as us-east-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"aws-global signs as us-east-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket.foo.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket\",\"Endpoint\":\"https://foo.com\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"aws-global + dualstack + path-only bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.dualstack.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"aws-global + path-only bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3.amazonaws.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"Region\":\"aws-global\"}},{\"documentation\":\"aws-global + fips + custom endpoint\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"aws-global, endpoint override & path only-bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://foo.com/bucket%21\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"Region\":\"aws-global\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"aws-global + dualstack + custom endpoint\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"params\":{\"Accelerate\":false,\"Endpoint\":\"http://foo.com\",\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"accelerate, dualstack + aws-global\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://bucket.s3-accelerate.dualstack.us-east-1.amazonaws.com\"}},\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket\",\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"FIPS + aws-global + path only bucket. This is not supported by S3 but we allow garbage in garbage out\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.dualstack.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket!\",\"ForcePathStyle\":true,\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"aws-global + FIPS + endpoint override.\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Endpoint\":\"http://foo.com\",\"Region\":\"aws-global\",\"UseFIPS\":true}},{\"documentation\":\"force path style, FIPS, aws-global & endpoint override\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"params\":{\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"ForcePathStyle\":true,\"Region\":\"aws-global\",\"UseFIPS\":true}},{\"documentation\":\"ip address causes path style to be forced\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"http://192.168.1.1/bucket\"}},\"params\":{\"Bucket\":\"bucket\",\"Endpoint\":\"http://192.168.1.1\",\"Region\":\"aws-global\"}},{\"documentation\":\"endpoint override with aws-global region\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"params\":{\"Endpoint\":\"http://foo.com\",\"Region\":\"aws-global\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"FIPS + path-only (TODO: consider making this an error)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-fips.us-east-1.amazonaws.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"Region\":\"aws-global\",\"UseFIPS\":true}},{\"documentation\":\"empty arn type\",\"expect\":{\"error\":\"Invalid ARN: No ARN type specified\"},\"params\":{\"Bucket\":\"arn:aws:not-s3:us-west-2:123456789012::myendpoint\",\"Region\":\"us-east-2\"}},{\"documentation\":\"path style can't be used with accelerate\",\"expect\":{\"error\":\"Path-style addressing cannot be used with S3 Accelerate\"},\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket!\",\"Region\":\"us-east-2\"}},{\"documentation\":\"invalid region\",\"expect\":{\"error\":\"Invalid region: region was not a valid DNS name.\"},\"params\":{\"Bucket\":\"bucket.subdomain\",\"Endpoint\":\"http://foo.com\",\"Region\":\"us-east-2!\"}},{\"documentation\":\"invalid region\",\"expect\":{\"error\":\"Invalid region: region was not a valid DNS name.\"},\"params\":{\"Bucket\":\"bucket\",\"Endpoint\":\"http://foo.com\",\"Region\":\"us-east-2!\"}},{\"documentation\":\"empty arn type\",\"expect\":{\"error\":\"Invalid Access Point Name\"},\"params\":{\"Bucket\":\"arn:aws:s3::123456789012:accesspoint:my_endpoint\",\"Region\":\"us-east-2\"}},{\"documentation\":\"empty arn type\",\"expect\":{\"error\":\"Client was configured for partition `aws` but ARN (`arn:aws:s3:cn-north-1:123456789012:accesspoint:my-endpoint`) has `aws-cn`\"},\"params\":{\"Bucket\":\"arn:aws:s3:cn-north-1:123456789012:accesspoint:my-endpoint\",\"Region\":\"us-east-2\",\"UseArnRegion\":true}},{\"documentation\":\"invalid arn region\",\"expect\":{\"error\":\"Invalid region in ARN: `us-east_2` (invalid DNS name)\"},\"params\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-east_2:123456789012:accesspoint:my-endpoint\",\"Region\":\"us-east-2\",\"UseArnRegion\":true}},{\"documentation\":\"invalid ARN outpost\",\"expect\":{\"error\":\"Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `op_01234567890123456`\"},\"params\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op_01234567890123456/accesspoint/reports\",\"Region\":\"us-east-2\",\"UseArnRegion\":true}},{\"documentation\":\"invalid ARN\",\"expect\":{\"error\":\"Invalid ARN: expected an access point name\"},\"params\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-01234567890123456/reports\",\"Region\":\"us-east-2\"}},{\"documentation\":\"invalid ARN\",\"expect\":{\"error\":\"Invalid ARN: Expected a 4-component resource\"},\"params\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-01234567890123456\",\"Region\":\"us-east-2\"}},{\"documentation\":\"invalid outpost type\",\"expect\":{\"error\":\"Expected an outpost type `accesspoint`, found not-accesspoint\"},\"params\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-01234567890123456/not-accesspoint/reports\",\"Region\":\"us-east-2\"}},{\"documentation\":\"invalid outpost type\",\"expect\":{\"error\":\"Invalid region in ARN: `us-east_1` (invalid DNS name)\"},\"params\":{\"Bucket\":\"arn:aws:s3-outposts:us-east_1:123456789012:outpost/op-01234567890123456/not-accesspoint/reports\",\"Region\":\"us-east-2\"}},{\"documentation\":\"invalid outpost type\",\"expect\":{\"error\":\"Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `12345_789012`\"},\"params\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:12345_789012:outpost/op-01234567890123456/not-accesspoint/reports\",\"Region\":\"us-east-2\"}},{\"documentation\":\"invalid outpost type\",\"expect\":{\"error\":\"Invalid ARN: The Outpost Id was not set\"},\"params\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:12345789012:outpost\",\"Region\":\"us-east-2\"}},{\"documentation\":\"use global endpoint virtual addressing\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-2\"}]},\"url\":\"http://bucket.example.com\"}},\"params\":{\"Bucket\":\"bucket\",\"Endpoint\":\"http://example.com\",\"Region\":\"us-east-2\",\"UseGlobalEndpoint\":true}},{\"documentation\":\"global endpoint + ip address\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-2\"}]},\"url\":\"http://192.168.0.1/bucket\"}},\"params\":{\"Bucket\":\"bucket\",\"Endpoint\":\"http://192.168.0.1\",\"Region\":\"us-east-2\",\"UseGlobalEndpoint\":true}},{\"documentation\":\"invalid outpost type\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-2\"}]},\"url\":\"https://s3.us-east-2.amazonaws.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"Region\":\"us-east-2\",\"UseGlobalEndpoint\":true}},{\"documentation\":\"invalid outpost type\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-2\"}]},\"url\":\"https://bucket.s3-accelerate.amazonaws.com\"}},\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket\",\"Region\":\"us-east-2\",\"UseGlobalEndpoint\":true}},{\"documentation\":\"use global endpoint + custom endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-2\"}]},\"url\":\"http://foo.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"Region\":\"us-east-2\",\"UseGlobalEndpoint\":true}},{\"documentation\":\"use global endpoint, not us-east-1, force path style\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-east-2\"}]},\"url\":\"http://foo.com/bucket%21\"}},\"params\":{\"Bucket\":\"bucket!\",\"Endpoint\":\"http://foo.com\",\"ForcePathStyle\":true,\"Region\":\"us-east-2\",\"UseGlobalEndpoint\":true}},{\"documentation\":\"vanilla virtual addressing@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://bucket-name.s3.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + dualstack@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://bucket-name.s3.dualstack.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"accelerate + dualstack@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://bucket-name.s3-accelerate.dualstack.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::Accelerate\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"accelerate (dualstack=false)@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://bucket-name.s3-accelerate.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::Accelerate\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + fips@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://bucket-name.s3-fips.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"virtual addressing + dualstack + fips@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://bucket-name.s3-fips.dualstack.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"accelerate + fips = error@us-west-2\",\"expect\":{\"error\":\"Accelerate cannot be used with FIPS\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::Accelerate\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"vanilla virtual addressing@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://bucket-name.s3.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + dualstack@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://bucket-name.s3.dualstack.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"accelerate (dualstack=false)@cn-north-1\",\"expect\":{\"error\":\"S3 Accelerate cannot be used in this region\"},\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + fips@cn-north-1\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"vanilla virtual addressing@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://bucket-name.s3.af-south-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + dualstack@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://bucket-name.s3.dualstack.af-south-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"accelerate + dualstack@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://bucket-name.s3-accelerate.dualstack.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::Accelerate\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"accelerate (dualstack=false)@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://bucket-name.s3-accelerate.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::Accelerate\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + fips@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://bucket-name.s3-fips.af-south-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"virtual addressing + dualstack + fips@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://bucket-name.s3-fips.dualstack.af-south-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"accelerate + fips = error@af-south-1\",\"expect\":{\"error\":\"Accelerate cannot be used with FIPS\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::Accelerate\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"vanilla path style@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.us-west-2.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"fips@us-gov-west-2, bucket is not S3-dns-compatible (subdomains)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-gov-west-1\"}]},\"url\":\"https://s3-fips.us-gov-west-1.amazonaws.com/bucket.with.dots\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-gov-west-1\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket.with.dots\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket.with.dots\",\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"path style + accelerate = error@us-west-2\",\"expect\":{\"error\":\"Path-style addressing cannot be used with S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::Accelerate\":true,\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + dualstack@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.dualstack.us-west-2.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"path style + arn is error@us-west-2\",\"expect\":{\"error\":\"Path-style addressing cannot be used with ARN buckets\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:PARTITION:s3-outposts:REGION:123456789012:outpost:op-01234567890123456:bucket:mybucket\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:PARTITION:s3-outposts:REGION:123456789012:outpost:op-01234567890123456:bucket:mybucket\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + invalid DNS name@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.us-west-2.amazonaws.com/99a_b\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99a_b\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99a_b\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"no path style + invalid DNS name@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3.us-west-2.amazonaws.com/99a_b\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99a_b\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99a_b\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"vanilla path style@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://s3.cn-north-1.amazonaws.com.cn/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + fips@cn-north-1\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"path style + accelerate = error@cn-north-1\",\"expect\":{\"error\":\"Path-style addressing cannot be used with S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::Accelerate\":true,\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + dualstack@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://s3.dualstack.cn-north-1.amazonaws.com.cn/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"path style + arn is error@cn-north-1\",\"expect\":{\"error\":\"Path-style addressing cannot be used with ARN buckets\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:PARTITION:s3-outposts:REGION:123456789012:outpost:op-01234567890123456:bucket:mybucket\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:PARTITION:s3-outposts:REGION:123456789012:outpost:op-01234567890123456:bucket:mybucket\",\"ForcePathStyle\":true,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + invalid DNS name@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://s3.cn-north-1.amazonaws.com.cn/99a_b\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99a_b\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99a_b\",\"ForcePathStyle\":true,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"no path style + invalid DNS name@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://s3.cn-north-1.amazonaws.com.cn/99a_b\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99a_b\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99a_b\",\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"vanilla path style@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://s3.af-south-1.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + fips@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://s3-fips.af-south-1.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"path style + accelerate = error@af-south-1\",\"expect\":{\"error\":\"Path-style addressing cannot be used with S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::Accelerate\":true,\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + dualstack@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://s3.dualstack.af-south-1.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::ForcePathStyle\":true,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":true,\"Region\":\"af-south-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"path style + arn is error@af-south-1\",\"expect\":{\"error\":\"Path-style addressing cannot be used with ARN buckets\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:PARTITION:s3-outposts:REGION:123456789012:outpost:op-01234567890123456:bucket:mybucket\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:PARTITION:s3-outposts:REGION:123456789012:outpost:op-01234567890123456:bucket:mybucket\",\"ForcePathStyle\":true,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + invalid DNS name@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://s3.af-south-1.amazonaws.com/99a_b\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::ForcePathStyle\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99a_b\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99a_b\",\"ForcePathStyle\":true,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"no path style + invalid DNS name@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://s3.af-south-1.amazonaws.com/99a_b\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"99a_b\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"99a_b\",\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + private link@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"http://bucket-name.control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"SDK::Endpoint\":\"http://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"http://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + private link@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::ForcePathStyle\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"SDK::Host + FIPS@us-west-2\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"SDK::Host + DualStack@us-west-2\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseDualStack\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"SDK::HOST + accelerate@us-west-2\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::Accelerate\":true,\"SDK::Endpoint\":\"http://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"Endpoint\":\"http://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"SDK::Host + access point ARN@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.beta.example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"SDK::Endpoint\":\"https://beta.example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Endpoint\":\"https://beta.example.com\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + private link@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://bucket-name.control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + private link@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::ForcePathStyle\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":true,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"FIPS@cn-north-1\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"SDK::Host + DualStack@cn-north-1\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::UseDualStack\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"SDK::HOST + accelerate@cn-north-1\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with S3 Accelerate\"},\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"SDK::Host + access point ARN@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://myendpoint-123456789012.beta.example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"SDK::Endpoint\":\"https://beta.example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"Endpoint\":\"https://beta.example.com\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"virtual addressing + private link@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://bucket-name.control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"path style + private link@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com/bucket-name\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::ForcePathStyle\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":true,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"SDK::Host + FIPS@af-south-1\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with FIPS\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::UseFIPS\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"SDK::Host + DualStack@af-south-1\",\"expect\":{\"error\":\"Cannot set dual-stack in combination with a custom endpoint.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::UseDualStack\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"SDK::HOST + accelerate@af-south-1\",\"expect\":{\"error\":\"A custom endpoint cannot be combined with S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::Accelerate\":true,\"SDK::Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"bucket-name\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"bucket-name\",\"Endpoint\":\"https://control.vpce-1a2b3c4d-5e6f.s3.us-west-2.vpce.amazonaws.com\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"SDK::Host + access point ARN@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://myendpoint-123456789012.beta.example.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"SDK::Endpoint\":\"https://beta.example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"Endpoint\":\"https://beta.example.com\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"vanilla access point arn@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"access point arn + FIPS@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint-fips.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"access point arn + accelerate = error@us-west-2\",\"expect\":{\"error\":\"Access Points do not support S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::Accelerate\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"access point arn + FIPS + DualStack@us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint-fips.dualstack.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"vanilla access point arn@cn-north-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"cn-north-1\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint.cn-north-1.amazonaws.com.cn\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"access point arn + FIPS@cn-north-1\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"access point arn + accelerate = error@cn-north-1\",\"expect\":{\"error\":\"Access Points do not support S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"cn-north-1\",\"AWS::S3::Accelerate\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"access point arn + FIPS + DualStack@cn-north-1\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-cn:s3:cn-north-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"vanilla access point arn@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint.af-south-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"access point arn + FIPS@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint-fips.af-south-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"access point arn + accelerate = error@af-south-1\",\"expect\":{\"error\":\"Access Points do not support S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::S3::Accelerate\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"access point arn + FIPS + DualStack@af-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"af-south-1\"}]},\"url\":\"https://myendpoint-123456789012.s3-accesspoint-fips.dualstack.af-south-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"af-south-1\",\"AWS::UseDualStack\":true,\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3:af-south-1:123456789012:accesspoint:myendpoint\",\"ForcePathStyle\":false,\"Region\":\"af-south-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"S3 outposts vanilla test\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://reports-123456789012.op-01234567890123456.s3-outposts.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 outposts custom endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://reports-123456789012.op-01234567890123456.example.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"SDK::Endpoint\":\"https://example.amazonaws.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Endpoint\":\"https://example.amazonaws.com\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"outposts arn with region mismatch and UseArnRegion=false\",\"expect\":{\"error\":\"Invalid configuration: region from ARN `us-east-1` does not match client region `us-west-2` and UseArnRegion is `false`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"outposts arn with region mismatch, custom region and UseArnRegion=false\",\"expect\":{\"error\":\"Invalid configuration: region from ARN `us-east-1` does not match client region `us-west-2` and UseArnRegion is `false`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false,\"SDK::Endpoint\":\"https://example.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"Endpoint\":\"https://example.com\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"outposts arn with region mismatch and UseArnRegion=true\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://myaccesspoint-123456789012.op-01234567890123456.s3-outposts.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"outposts arn with region mismatch and UseArnRegion unset\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://myaccesspoint-123456789012.op-01234567890123456.s3-outposts.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"outposts arn with partition mismatch and UseArnRegion=true\",\"expect\":{\"error\":\"Client was configured for partition `aws` but ARN (`arn:aws:s3-outposts:cn-north-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint`) has `aws-cn`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:cn-north-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:cn-north-1:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"ARN with UseGlobalEndpoint and use-east-1 region uses the regional endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://reports-123456789012.op-01234567890123456.s3-outposts.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseGlobalEndpoint\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseGlobalEndpoint\":true}},{\"documentation\":\"S3 outposts does not support dualstack\",\"expect\":{\"error\":\"S3 Outposts does not support Dual-stack\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"S3 outposts does not support fips\",\"expect\":{\"error\":\"S3 Outposts does not support FIPS\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"S3 outposts does not support accelerate\",\"expect\":{\"error\":\"S3 Outposts does not support S3 Accelerate\"},\"params\":{\"Accelerate\":true,\"Bucket\":\"arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"validates against subresource\",\"expect\":{\"error\":\"Invalid Arn: Outpost Access Point ARN contains sub resources\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-outposts:us-west-2:123456789012:outpost:op-01234567890123456:accesspoint:mybucket:object:foo\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-east-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://mybanner-123456789012.s3-object-lambda.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Region\":\"us-east-1\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://mybanner-123456789012.s3-object-lambda.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/mybanner\",\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda, colon resource deliminator @us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://mybanner-123456789012.s3-object-lambda.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint:mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint:mybanner\",\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-east-1, client region us-west-2, useArnRegion=true\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://mybanner-123456789012.s3-object-lambda.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-east-1, client region s3-external-1, useArnRegion=true\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://mybanner-123456789012.s3-object-lambda.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"s3-external-1\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Region\":\"s3-external-1\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-east-1, client region s3-external-1, useArnRegion=false\",\"expect\":{\"error\":\"Invalid configuration: region from ARN `us-east-1` does not match client region `s3-external-1` and UseArnRegion is `false`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"s3-external-1\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Region\":\"s3-external-1\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-east-1, client region aws-global, useArnRegion=true\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://mybanner-123456789012.s3-object-lambda.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Region\":\"aws-global\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-east-1, client region aws-global, useArnRegion=false\",\"expect\":{\"error\":\"Invalid configuration: region from ARN `us-east-1` does not match client region `aws-global` and UseArnRegion is `false`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Region\":\"aws-global\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @cn-north-1, client region us-west-2 (cross partition), useArnRegion=true\",\"expect\":{\"error\":\"Client was configured for partition `aws` but ARN (`arn:aws-cn:s3-object-lambda:cn-north-1:123456789012:accesspoint/mybanner`) has `aws-cn`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"aws-global\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws-cn:s3-object-lambda:cn-north-1:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-cn:s3-object-lambda:cn-north-1:123456789012:accesspoint/mybanner\",\"Region\":\"aws-global\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with dualstack\",\"expect\":{\"error\":\"S3 Object Lambda does not support Dual-stack\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false,\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/mybanner\",\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-gov-east-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-gov-east-1\"}]},\"url\":\"https://mybanner-123456789012.s3-object-lambda.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-us-gov:s3-object-lambda:us-gov-east-1:123456789012:accesspoint/mybanner\",\"Region\":\"us-gov-east-1\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda @us-gov-east-1, with fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-gov-east-1\"}]},\"url\":\"https://mybanner-123456789012.s3-object-lambda-fips.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-us-gov:s3-object-lambda:us-gov-east-1:123456789012:accesspoint/mybanner\",\"Region\":\"us-gov-east-1\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"object lambda @cn-north-1, with fips\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws-cn:s3-object-lambda:cn-north-1:123456789012:accesspoint/mybanner\",\"Region\":\"cn-north-1\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"object lambda with accelerate\",\"expect\":{\"error\":\"S3 Object Lambda does not support S3 Accelerate\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::Accelerate\":true,\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/mybanner\",\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - bad service and someresource\",\"expect\":{\"error\":\"Invalid ARN: Unrecognized format: arn:aws:sqs:us-west-2:123456789012:someresource (type: someresource)\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:sqs:us-west-2:123456789012:someresource\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:sqs:us-west-2:123456789012:someresource\",\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - invalid resource\",\"expect\":{\"error\":\"Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `bucket_name`\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:bucket_name:mybucket\",\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - missing region\",\"expect\":{\"error\":\"Invalid ARN: bucket ARN is missing a region\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda::123456789012:accesspoint/mybanner\",\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - missing account-id\",\"expect\":{\"error\":\"Invalid ARN: Missing account id\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2::accesspoint/mybanner\",\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - account id contains invalid characters\",\"expect\":{\"error\":\"Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `123.45678.9012`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123.45678.9012:accesspoint:mybucket\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123.45678.9012:accesspoint:mybucket\",\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - missing access point name\",\"expect\":{\"error\":\"Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint\",\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - access point name contains invalid character: *\",\"expect\":{\"error\":\"Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `*`\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint:*\",\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - access point name contains invalid character: .\",\"expect\":{\"error\":\"Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `my.bucket`\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint:my.bucket\",\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with invalid arn - access point name contains sub resources\",\"expect\":{\"error\":\"Invalid ARN: The ARN may only contain a single resource component after `accesspoint`.\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint:mybucket:object:foo\",\"Region\":\"us-west-2\",\"UseArnRegion\":true,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda with custom endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://mybanner-123456789012.my-endpoint.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false,\"SDK::Endpoint\":\"https://my-endpoint.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/mybanner\",\"Endpoint\":\"https://my-endpoint.com\",\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"object lambda arn with region mismatch and UseArnRegion=false\",\"expect\":{\"error\":\"Invalid configuration: region from ARN `us-east-1` does not match client region `us-west-2` and UseArnRegion is `false`\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::S3::UseArnRegion\":false},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner\",\"ForcePathStyle\":false,\"Region\":\"us-west-2\",\"UseArnRegion\":false,\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"WriteGetObjectResponse @ us-west-2\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://s3-object-lambda.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"WriteGetObjectResponse\",\"operationParams\":{\"RequestRoute\":\"RequestRoute\",\"RequestToken\":\"RequestToken\"}}],\"params\":{\"Accelerate\":false,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"WriteGetObjectResponse with custom endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-west-2\"}]},\"url\":\"https://my-endpoint.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"SDK::Endpoint\":\"https://my-endpoint.com\"},\"operationName\":\"WriteGetObjectResponse\",\"operationParams\":{\"RequestRoute\":\"RequestRoute\",\"RequestToken\":\"RequestToken\"}}],\"params\":{\"Accelerate\":false,\"Endpoint\":\"https://my-endpoint.com\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"WriteGetObjectResponse @ us-east-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-object-lambda.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"WriteGetObjectResponse\",\"operationParams\":{\"RequestRoute\":\"RequestRoute\",\"RequestToken\":\"RequestToken\"}}],\"params\":{\"Accelerate\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"WriteGetObjectResponse with fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://s3-object-lambda-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseFIPS\":true},\"operationName\":\"WriteGetObjectResponse\",\"operationParams\":{\"RequestRoute\":\"RequestRoute\",\"RequestToken\":\"RequestToken\"}}],\"params\":{\"Accelerate\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"WriteGetObjectResponse with dualstack\",\"expect\":{\"error\":\"S3 Object Lambda does not support Dual-stack\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true},\"operationName\":\"WriteGetObjectResponse\",\"operationParams\":{\"RequestRoute\":\"RequestRoute\",\"RequestToken\":\"RequestToken\"}}],\"params\":{\"Accelerate\":false,\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"WriteGetObjectResponse with accelerate\",\"expect\":{\"error\":\"S3 Object Lambda does not support S3 Accelerate\"},\"params\":{\"Accelerate\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"WriteGetObjectResponse with fips in CN\",\"expect\":{\"error\":\"Partition does not support FIPS\"},\"params\":{\"Accelerate\":false,\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"WriteGetObjectResponse with invalid partition\",\"expect\":{\"error\":\"Invalid region: region was not a valid DNS name.\"},\"params\":{\"Accelerate\":false,\"Region\":\"not a valid DNS name\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"WriteGetObjectResponse with an unknown partition\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-object-lambda\",\"signingRegion\":\"us-east.special\"}]},\"url\":\"https://s3-object-lambda.us-east.special.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Region\":\"us-east.special\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseObjectLambdaEndpoint\":true}},{\"documentation\":\"S3 Outposts bucketAlias Real Outpost Prod us-west-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-west-1\"}]},\"url\":\"https://test-accessp-o0b1d075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3.op-0b1d075431d83bebd.s3-outposts.us-west-1.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-o0b1d075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3\",\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias Real Outpost Prod ap-east-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"ap-east-1\"}]},\"url\":\"https://test-accessp-o0b1d075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3.op-0b1d075431d83bebd.s3-outposts.ap-east-1.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-o0b1d075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3\",\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias Ec2 Outpost Prod us-east-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://test-accessp-e0000075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3.ec2.s3-outposts.us-east-1.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-e0000075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias Ec2 Outpost Prod me-south-1\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"me-south-1\"}]},\"url\":\"https://test-accessp-e0000075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3.ec2.s3-outposts.me-south-1.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-e0000075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3\",\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias Real Outpost Beta\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://test-accessp-o0b1d075431d83bebde8xz5w8ijx1qzlbp3i3kbeta0--op-s3.op-0b1d075431d83bebd.example.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-o0b1d075431d83bebde8xz5w8ijx1qzlbp3i3kbeta0--op-s3\",\"Endpoint\":\"https://example.amazonaws.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias Ec2 Outpost Beta\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4a\",\"signingName\":\"s3-outposts\",\"signingRegionSet\":[\"*\"]},{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3-outposts\",\"signingRegion\":\"us-east-1\"}]},\"url\":\"https://161743052723-e00000136899934034jeahy1t8gpzpbwjj8kb7beta0--op-s3.ec2.example.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"161743052723-e00000136899934034jeahy1t8gpzpbwjj8kb7beta0--op-s3\",\"Endpoint\":\"https://example.amazonaws.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias - No endpoint set for beta\",\"expect\":{\"error\":\"Expected a endpoint to be specified but no endpoint was found\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-o0b1d075431d83bebde8xz5w8ijx1qzlbp3i3kbeta0--op-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias Invalid hardware type\",\"expect\":{\"error\":\"Unrecognized hardware type: \\\"Expected hardware type o or e but got h\\\"\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-h0000075431d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias Special character in Outpost Arn\",\"expect\":{\"error\":\"Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`.\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-o00000754%1d83bebde8xz5w8ijx1qzlbp3i3kuse10--op-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Outposts bucketAlias - No endpoint set for beta\",\"expect\":{\"error\":\"Expected a endpoint to be specified but no endpoint was found\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"test-accessp-e0b1d075431d83bebde8xz5w8ijx1qzlbp3i3ebeta0--op-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Snow with bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"snow\"}]},\"url\":\"http://10.0.1.12:433/bucketName\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucketName\",\"Endpoint\":\"http://10.0.1.12:433\",\"Region\":\"snow\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Snow without bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"snow\"}]},\"url\":\"https://10.0.1.12:433\"}},\"params\":{\"Accelerate\":false,\"Endpoint\":\"https://10.0.1.12:433\",\"Region\":\"snow\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Snow no port\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"snow\"}]},\"url\":\"http://10.0.1.12/bucketName\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucketName\",\"Endpoint\":\"http://10.0.1.12\",\"Region\":\"snow\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"S3 Snow dns endpoint\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3\",\"signingRegion\":\"snow\"}]},\"url\":\"https://amazonaws.com/bucketName\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"bucketName\",\"Endpoint\":\"https://amazonaws.com\",\"Region\":\"snow\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Data Plane with short zone name\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-east-1\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--abcd-ab1--x-s3.s3express-abcd-ab1.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--abcd-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--abcd-ab1--x-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with short zone names (13 chars)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test-zone-ab1--x-s3.s3express-test-zone-ab1.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test-zone-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test-zone-ab1--x-s3\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with medium zone names (14 chars)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-zone-ab1--x-s3.s3express-test1-zone-ab1.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test1-zone-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-zone-ab1--x-s3\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with long zone names (20 chars)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-long1-zone-ab1--x-s3.s3express-test1-long1-zone-ab1.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test1-long1-zone-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-long1-zone-ab1--x-s3\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with short zone fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-east-1\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test-ab1--x-s3.s3express-fips-test-ab1.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test-ab1--x-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with short zone (13 chars) fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test-zone-ab1--x-s3.s3express-fips-test-zone-ab1.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test-zone-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test-zone-ab1--x-s3\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with medium zone (14 chars) fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-zone-ab1--x-s3.s3express-fips-test1-zone-ab1.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test1-zone-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-zone-ab1--x-s3\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with long zone (20 chars) fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-long1-zone-ab1--x-s3.s3express-fips-test1-long1-zone-ab1.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test1-long1-zone-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-long1-zone-ab1--x-s3\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with long AZ\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-az1--x-s3.s3express-test1-az1.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test1-az1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-az1--x-s3\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane with long AZ fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-az1--x-s3.s3express-fips-test1-az1.us-west-2.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"AWS::UseFIPS\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test1-az1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-az1--x-s3\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Control plane with short AZ bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-east-1\"}],\"backend\":\"S3Express\"},\"url\":\"https://s3express-control.us-east-1.amazonaws.com/mybucket--test-ab1--x-s3\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"CreateBucket\",\"operationParams\":{\"Bucket\":\"mybucket--test-ab1--x-s3\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test-ab1--x-s3\",\"DisableS3ExpressSessionAuth\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":true}},{\"documentation\":\"Control plane with short AZ bucket and fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-east-1\"}],\"backend\":\"S3Express\"},\"url\":\"https://s3express-control-fips.us-east-1.amazonaws.com/mybucket--test-ab1--x-s3\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseFIPS\":true},\"operationName\":\"CreateBucket\",\"operationParams\":{\"Bucket\":\"mybucket--test-ab1--x-s3\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test-ab1--x-s3\",\"DisableS3ExpressSessionAuth\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":true}},{\"documentation\":\"Control plane without bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-east-1\"}],\"backend\":\"S3Express\"},\"url\":\"https://s3express-control.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"ListDirectoryBuckets\"}],\"params\":{\"Accelerate\":false,\"DisableS3ExpressSessionAuth\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":true}},{\"documentation\":\"Control plane without bucket and fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-east-1\"}],\"backend\":\"S3Express\"},\"url\":\"https://s3express-control-fips.us-east-1.amazonaws.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseFIPS\":true},\"operationName\":\"ListDirectoryBuckets\"}],\"params\":{\"Accelerate\":false,\"DisableS3ExpressSessionAuth\":false,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":true}},{\"documentation\":\"Data Plane sigv4 auth with short AZ\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--usw2-az1--x-s3.s3express-usw2-az1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--usw2-az1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Data Plane sigv4 auth with short zone (13 chars)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test-zone-ab1--x-s3.s3express-test-zone-ab1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test-zone-ab1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Data Plane sigv4 auth with short AZ fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--usw2-az1--x-s3.s3express-fips-usw2-az1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--usw2-az1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"Data Plane sigv4 auth with short zone (13 chars) fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test-zone-ab1--x-s3.s3express-fips-test-zone-ab1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test-zone-ab1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"Data Plane sigv4 auth with long AZ\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-az1--x-s3.s3express-test1-az1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-az1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane sigv4 auth with medium zone(14 chars)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-zone-ab1--x-s3.s3express-test1-zone-ab1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-zone-ab1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane sigv4 auth with long zone(20 chars)\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-long1-zone-ab1--x-s3.s3express-test1-long1-zone-ab1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-long1-zone-ab1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane sigv4 auth with long AZ fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-az1--x-s3.s3express-fips-test1-az1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-az1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane sigv4 auth with medium zone (14 chars) fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-zone-ab1--x-s3.s3express-fips-test1-zone-ab1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-zone-ab1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data Plane sigv4 auth with long zone (20 chars) fips\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--test1-long1-zone-ab1--x-s3.s3express-fips-test1-long1-zone-ab1.us-west-2.amazonaws.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test1-long1-zone-ab1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Control Plane host override\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--usw2-az1--x-s3.custom.com\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--usw2-az1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Endpoint\":\"https://custom.com\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":true}},{\"documentation\":\"Control Plane host override no bucket\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://custom.com\"}},\"params\":{\"Accelerate\":false,\"DisableS3ExpressSessionAuth\":true,\"Endpoint\":\"https://custom.com\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":true}},{\"documentation\":\"Data plane host override non virtual session auth\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://10.0.0.1/mybucket--usw2-az1--x-s3\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"SDK::Endpoint\":\"https://10.0.0.1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--usw2-az1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--usw2-az1--x-s3\",\"Endpoint\":\"https://10.0.0.1\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"Control Plane host override ip\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://10.0.0.1/mybucket--usw2-az1--x-s3\"}},\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--usw2-az1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Endpoint\":\"https://10.0.0.1\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":true}},{\"documentation\":\"Data plane host override\",\"expect\":{\"endpoint\":{\"properties\":{\"authSchemes\":[{\"disableDoubleEncoding\":true,\"name\":\"sigv4-s3express\",\"signingName\":\"s3express\",\"signingRegion\":\"us-west-2\"}],\"backend\":\"S3Express\"},\"url\":\"https://mybucket--usw2-az1--x-s3.custom.com\"}},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"SDK::Endpoint\":\"https://custom.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--usw2-az1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--usw2-az1--x-s3\",\"Endpoint\":\"https://custom.com\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"bad format error\",\"expect\":{\"error\":\"Unrecognized S3Express bucket name format.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--usaz1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--usaz1--x-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"bad format error no session auth\",\"expect\":{\"error\":\"Unrecognized S3Express bucket name format.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--usaz1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--usaz1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"dual-stack error\",\"expect\":{\"error\":\"S3Express does not support Dual-stack.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::UseDualStack\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"mybucket--test-ab1--x-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"accelerate error\",\"expect\":{\"error\":\"S3Express does not support S3 Accelerate.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\",\"AWS::S3::Accelerate\":true},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"mybucket--test-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":true,\"Bucket\":\"mybucket--test-ab1--x-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"Data plane bucket format error\",\"expect\":{\"error\":\"S3Express bucket name is not a valid virtual hostable name.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-east-1\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"my.bucket--test-ab1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"my.bucket--test-ab1--x-s3\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false,\"UseS3ExpressControlEndpoint\":false}},{\"documentation\":\"host override data plane bucket error session auth\",\"expect\":{\"error\":\"S3Express bucket name is not a valid virtual hostable name.\"},\"operationInputs\":[{\"builtInParams\":{\"AWS::Region\":\"us-west-2\",\"SDK::Endpoint\":\"https://custom.com\"},\"operationName\":\"GetObject\",\"operationParams\":{\"Bucket\":\"my.bucket--usw2-az1--x-s3\",\"Key\":\"key\"}}],\"params\":{\"Accelerate\":false,\"Bucket\":\"my.bucket--usw2-az1--x-s3\",\"Endpoint\":\"https://custom.com\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"host override data plane bucket error\",\"expect\":{\"error\":\"S3Express bucket name is not a valid virtual hostable name.\"},\"params\":{\"Accelerate\":false,\"Bucket\":\"my.bucket--usw2-az1--x-s3\",\"DisableS3ExpressSessionAuth\":true,\"Endpoint\":\"https://custom.com\",\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 310usize),
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
