// Generated from models/aws-kms.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Client SDK for the AWS Key Management Service.
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
pub use kms_types;
use kms_types::error::*;
use kms_types::model::*;
pub mod schema;
/// The traits a caller wants in scope (`request_id()` on outputs and
/// errors): `use this_crate::prelude::*;`.
pub mod prelude {
    pub use ::codegen_rt::RequestId;
}
const SERVICE: rt::client::ServiceInfo = rt::client::ServiceInfo {
    target_prefix: "TrentService",
    signing_name: "kms",
    auth: &[rt::auth::AuthScheme::SigV4],
    endpoint_discovery: None,
    customizations: &[],
    endpoint_prefix: "kms",
    protocols: &[rt::Protocol::AwsJson1_1],
    user_agent: "kms-client-sdk/0.1.0",
    operations: &[
        rt::client::OperationInfo {
            name: "Encrypt",
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
            endpoint_params: &[],
        },
    ],
    retryable_errors: &[],
    query_compatible: false,
    error_headers: kms_types::http::ERROR_HEADERS,
    endpoint_rules: Some(rt::client::EndpointRules {
        rules: "{\"parameters\":{\"Endpoint\":{\"builtIn\":\"SDK::Endpoint\",\"documentation\":\"Override the endpoint used to send this request\",\"required\":false,\"type\":\"String\"},\"Region\":{\"builtIn\":\"AWS::Region\",\"documentation\":\"The AWS region used to dispatch the request.\",\"required\":false,\"type\":\"String\"},\"UseDualStack\":{\"builtIn\":\"AWS::UseDualStack\",\"default\":false,\"documentation\":\"When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error.\",\"required\":true,\"type\":\"Boolean\"},\"UseFIPS\":{\"builtIn\":\"AWS::UseFIPS\",\"default\":false,\"documentation\":\"When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.\",\"required\":true,\"type\":\"Boolean\"}},\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Endpoint\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\",\"type\":\"error\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":{\"ref\":\"Endpoint\"}},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"fn\":\"isSet\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\",\"fn\":\"aws.partition\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"},{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"},{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://kms-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseFIPS\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"],\"fn\":\"getAttr\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://kms-fips.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[{\"argv\":[{\"ref\":\"UseDualStack\"},true],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[{\"argv\":[true,{\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"],\"fn\":\"getAttr\"}],\"fn\":\"booleanEquals\"}],\"rules\":[{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://kms.{Region}.{PartitionResult#dualStackDnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\",\"type\":\"error\"}],\"type\":\"tree\"},{\"conditions\":[],\"endpoint\":{\"headers\":{},\"properties\":{},\"url\":\"https://kms.{Region}.{PartitionResult#dnsSuffix}\"},\"type\":\"endpoint\"}],\"type\":\"tree\"}],\"type\":\"tree\"},{\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\",\"type\":\"error\"}],\"version\":\"1.0\"}",
        bdd: false,
        partitions: "{\"version\":\"1.1\",\"partitions\":[{\"id\":\"aws\",\"regionRegex\":\"^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"af-south-1\":{},\"ap-east-1\":{},\"ap-east-2\":{},\"ap-northeast-1\":{},\"ap-northeast-2\":{},\"ap-northeast-3\":{},\"ap-south-1\":{},\"ap-south-2\":{},\"ap-southeast-1\":{},\"ap-southeast-2\":{},\"ap-southeast-3\":{},\"ap-southeast-4\":{},\"ap-southeast-5\":{},\"ap-southeast-6\":{},\"ap-southeast-7\":{},\"ca-central-1\":{},\"ca-west-1\":{},\"eu-central-1\":{},\"eu-central-2\":{},\"eu-north-1\":{},\"eu-south-1\":{},\"eu-south-2\":{},\"eu-west-1\":{},\"eu-west-2\":{},\"eu-west-3\":{},\"il-central-1\":{},\"me-central-1\":{},\"me-south-1\":{},\"mx-central-1\":{},\"sa-east-1\":{},\"us-east-1\":{},\"us-east-2\":{},\"us-west-1\":{},\"us-west-2\":{},\"aws-global\":{}},\"outputs\":{\"name\":\"aws\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-east-1\"}},{\"id\":\"aws-us-gov\",\"regionRegex\":\"^us\\\\-gov\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"us-gov-west-1\":{},\"us-gov-east-1\":{},\"aws-us-gov-global\":{}},\"outputs\":{\"name\":\"aws-us-gov\",\"dnsSuffix\":\"amazonaws.com\",\"dualStackDnsSuffix\":\"api.aws\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"us-gov-west-1\"}},{\"id\":\"aws-cn\",\"regionRegex\":\"^cn\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"cn-north-1\":{},\"cn-northwest-1\":{},\"aws-cn-global\":{}},\"outputs\":{\"name\":\"aws-cn\",\"dnsSuffix\":\"amazonaws.com.cn\",\"dualStackDnsSuffix\":\"api.amazonwebservices.com.cn\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"implicitGlobalRegion\":\"cn-northwest-1\"}},{\"id\":\"aws-iso\",\"regionRegex\":\"^us\\\\-iso\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso\",\"dnsSuffix\":\"c2s.ic.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.ic.gov\",\"implicitGlobalRegion\":\"us-iso-east-1\"},\"regions\":{\"us-iso-east-1\":{},\"us-iso-west-1\":{},\"aws-iso-global\":{}}},{\"id\":\"aws-iso-b\",\"regionRegex\":\"^us\\\\-isob\\\\-\\\\w+\\\\-\\\\d+$\",\"outputs\":{\"name\":\"aws-iso-b\",\"dnsSuffix\":\"sc2s.sgov.gov\",\"supportsFIPS\":true,\"supportsDualStack\":true,\"dualStackDnsSuffix\":\"api.aws.scloud\",\"implicitGlobalRegion\":\"us-isob-east-1\"},\"regions\":{\"us-isob-east-1\":{},\"aws-iso-b-global\":{}}},{\"id\":\"aws-iso-e\",\"outputs\":{\"dnsSuffix\":\"cloud.adc-e.uk\",\"dualStackDnsSuffix\":\"api.cloud-aws.adc-e.uk\",\"implicitGlobalRegion\":\"eu-isoe-west-1\",\"name\":\"aws-iso-e\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eu\\\\-isoe\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{}},{\"id\":\"aws-iso-f\",\"outputs\":{\"dnsSuffix\":\"csp.hci.ic.gov\",\"dualStackDnsSuffix\":\"api.aws.hci.ic.gov\",\"implicitGlobalRegion\":\"us-isof-south-1\",\"name\":\"aws-iso-f\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^us\\\\-isof\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"aws-iso-f-global\":{},\"us-isof-east-1\":{},\"us-isof-south-1\":{}}},{\"id\":\"aws-eusc\",\"outputs\":{\"dnsSuffix\":\"amazonaws.eu\",\"dualStackDnsSuffix\":\"api.amazonwebservices.eu\",\"implicitGlobalRegion\":\"eusc-de-east-1\",\"name\":\"aws-eusc\",\"supportsDualStack\":true,\"supportsFIPS\":true},\"regionRegex\":\"^eusc\\\\-(de)\\\\-\\\\w+\\\\-\\\\d+$\",\"regions\":{\"eusc-de-east-1\":{\"description\":\"EU (Germany)\"}}}]}",
    }),
};
/// Key Management Service
///
/// Key Management Service (KMS) is an encryption and key management web service. This guide describes the KMS operations that you can call programmatically. For general information about KMS, see the [ *Key Management Service Developer Guide*](https://docs.aws.amazon.com/kms/latest/developerguide/) .
///
/// **Note:** KMS has replaced the term *customer master key (CMK)* with *KMS key* and *KMS key*. The concept has not changed. To prevent breaking changes, KMS is keeping some variations of this term.
///
/// Amazon Web Services provides SDKs that consist of libraries and sample code for various programming languages and platforms (Java, Ruby, .Net, macOS, Android, etc.). The SDKs provide a convenient way to create programmatic access to KMS and other Amazon Web Services services. For example, the SDKs take care of tasks such as signing requests (see below), managing errors, and retrying requests automatically. For more information about the Amazon Web Services SDKs, including how to download and install them, see [Tools for Amazon Web Services](http://aws.amazon.com/tools/).
///
/// We recommend that you use the Amazon Web Services SDKs to make programmatic API calls to KMS.
///
/// If you need to use FIPS 140-2 validated cryptographic modules when communicating with Amazon Web Services, use the FIPS endpoint in your preferred Amazon Web Services Region. For more information about the available FIPS endpoints, see [Service endpoints](https://docs.aws.amazon.com/general/latest/gr/kms.html#kms_region) in the Key Management Service topic of the *Amazon Web Services General Reference*.
///
/// All KMS API calls must be signed and be transmitted using Transport Layer Security (TLS). KMS recommends you always use the latest supported TLS version. Clients must also support cipher suites with Perfect Forward Secrecy (PFS) such as Ephemeral Diffie-Hellman (DHE) or Elliptic Curve Ephemeral Diffie-Hellman (ECDHE). Most modern systems such as Java 7 and later support these modes.
///
/// **Signing Requests**
///
/// Requests must be signed using an access key ID and a secret access key. We strongly recommend that you do not use your Amazon Web Services account root access key ID and secret access key for everyday work. You can use the access key ID and secret access key for an IAM user or you can use the Security Token Service (STS) to generate temporary security credentials and use those to sign requests.
///
/// All KMS requests must be signed with [Signature Version 4](https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html).
///
/// **Logging API Requests**
///
/// KMS supports CloudTrail, a service that logs Amazon Web Services API calls and related events for your Amazon Web Services account and delivers them to an Amazon S3 bucket that you specify. By using the information collected by CloudTrail, you can determine what requests were made to KMS, who made the request, when it was made, and so on. To learn more about CloudTrail, including how to turn it on and find your log files, see the [CloudTrail User Guide](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/).
///
/// **Additional Resources**
///
/// For more information about credentials and request signing, see the following:
///
/// - [Amazon Web Services Security Credentials](https://docs.aws.amazon.com/general/latest/gr/aws-security-credentials.html) - This topic provides general information about the types of credentials used to access Amazon Web Services.
/// - [Temporary Security Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html) - This section of the *IAM User Guide* describes how to create and use temporary security credentials.
/// - [Signature Version 4 Signing Process](https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html) - This set of topics walks you through the process of signing a request using an access key ID and a secret access key.
///
/// **Commonly Used API Operations**
///
/// Of the API operations discussed in this guide, the following will prove the most useful for most applications. You will likely perform operations other than these, such as creating keys and assigning policies, by using the console.
///
/// - Encrypt
/// - Decrypt
/// - GenerateDataKey
/// - GenerateDataKeyWithoutPlaintext
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
    /// Creates a friendly name for a KMS key.
    ///
    /// **Note:** Adding, deleting, or updating an alias can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
    ///
    /// You can use an alias to identify a KMS key in the KMS console, in the DescribeKey operation and in [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations), such as Encrypt and GenerateDataKey. You can also change the KMS key that's associated with the alias (UpdateAlias) or delete the alias (DeleteAlias) at any time. These operations don't affect the underlying KMS key.
    ///
    /// You can associate the alias with any customer managed key in the same Amazon Web Services Region. Each alias is associated with only one KMS key at a time, but a KMS key can have multiple aliases. A valid KMS key is required. You can't create an alias without a KMS key.
    ///
    /// The alias must be unique in the account and Region, but you can have aliases with the same name in different Regions. For detailed information about aliases, see [Using aliases](https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html) in the *Key Management Service Developer Guide*.
    ///
    /// This operation does not return a response. To get the alias that you created, use the ListAliases operation.
    ///
    /// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    ///
    /// **Cross-account use**: No. You cannot perform this operation on an alias in a different Amazon Web Services account.
    ///
    /// **Required permissions**
    ///
    /// - [kms:CreateAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the alias (IAM policy).
    /// - [kms:CreateAlias](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) on the KMS key (key policy).
    ///
    /// For details, see [Controlling access to aliases](https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html#alias-access) in the *Key Management Service Developer Guide*.
    ///
    /// **Related operations:**
    ///
    /// - DeleteAlias
    /// - ListAliases
    /// - UpdateAlias
    ///
    /// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/programming-eventual-consistency.html).
    pub fn create_alias(&self) -> CreateAliasFluentBuilder {
        CreateAliasFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateAliasRequest::builder(),
        }
    }
    /// Creates a unique customer managed [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms-keys) in your Amazon Web Services account and Region. You can use a KMS key in cryptographic operations, such as encryption and signing. Some Amazon Web Services services let you use KMS keys that you create and manage to protect your service resources.
    ///
    /// A KMS key is a logical representation of a cryptographic key. In addition to the key material used in cryptographic operations, a KMS key includes metadata, such as the key ID, key policy, creation date, description, and key state. For details, see [Managing keys](https://docs.aws.amazon.com/kms/latest/developerguide/getting-started.html) in the *Key Management Service Developer Guide*
    ///
    /// Use the parameters of `CreateKey` to specify the type of KMS key, the source of its key material, its key policy, description, tags, and other properties.
    ///
    /// **Note:** KMS has replaced the term *customer master key (CMK)* with *KMS key* and *KMS key*. The concept has not changed. To prevent breaking changes, KMS is keeping some variations of this term.
    ///
    /// To create different types of KMS keys, use the following guidance:
    ///
    /// **Symmetric encryption KMS key**
    ///
    /// By default, `CreateKey` creates a symmetric encryption KMS key with key material that KMS generates. This is the basic and most widely used type of KMS key, and provides the best performance.
    ///
    /// To create a symmetric encryption KMS key, you don't need to specify any parameters. The default value for `KeySpec`, `SYMMETRIC_DEFAULT`, the default value for `KeyUsage`, `ENCRYPT_DECRYPT`, and the default value for `Origin`, `AWS_KMS`, create a symmetric encryption KMS key with KMS key material.
    ///
    /// If you need a key for basic encryption and decryption or you are creating a KMS key to protect your resources in an Amazon Web Services service, create a symmetric encryption KMS key. The key material in a symmetric encryption key never leaves KMS unencrypted. You can use a symmetric encryption KMS key to encrypt and decrypt data up to 4,096 bytes, but they are typically used to generate data keys and data keys pairs. For details, see GenerateDataKey and GenerateDataKeyPair.
    ///
    /// **Asymmetric KMS keys**
    ///
    /// To create an asymmetric KMS key, use the `KeySpec` parameter to specify the type of key material in the KMS key. Then, use the `KeyUsage` parameter to determine whether the KMS key will be used to encrypt and decrypt or sign and verify. You can't change these properties after the KMS key is created.
    ///
    /// Asymmetric KMS keys contain an RSA key pair, Elliptic Curve (ECC) key pair, or an SM2 key pair (China Regions only). The private key in an asymmetric KMS key never leaves KMS unencrypted. However, you can use the GetPublicKey operation to download the public key so it can be used outside of KMS. Each KMS key can have only one key usage. KMS keys with RSA key pairs can be used to encrypt and decrypt data or sign and verify messages (but not both). KMS keys with NIST-recommended ECC key pairs can be used to sign and verify messages or derive shared secrets (but not both). KMS keys with `ECC_SECG_P256K1` can be used only to sign and verify messages. KMS keys with SM2 key pairs (China Regions only) can be used to either encrypt and decrypt data, sign and verify messages, or derive shared secrets (you must choose one key usage type). For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
    ///
    /// **HMAC KMS key**
    ///
    /// To create an HMAC KMS key, set the `KeySpec` parameter to a key spec value for HMAC KMS keys. Then set the `KeyUsage` parameter to `GENERATE_VERIFY_MAC`. You must set the key usage even though `GENERATE_VERIFY_MAC` is the only valid key usage value for HMAC KMS keys. You can't change these properties after the KMS key is created.
    ///
    /// HMAC KMS keys are symmetric keys that never leave KMS unencrypted. You can use HMAC keys to generate (GenerateMac) and verify (VerifyMac) HMAC codes for messages up to 4096 bytes.
    ///
    /// **Multi-Region primary keys**
    ///
    /// **Imported key material**
    ///
    /// To create a multi-Region *primary key* in the local Amazon Web Services Region, use the `MultiRegion` parameter with a value of `True`. To create a multi-Region *replica key*, that is, a KMS key with the same key ID and key material as a primary key, but in a different Amazon Web Services Region, use the ReplicateKey operation. To change a replica key to a primary key, and its primary key to a replica key, use the UpdatePrimaryRegion operation.
    ///
    /// You can create multi-Region KMS keys for all supported KMS key types: symmetric encryption KMS keys, HMAC KMS keys, asymmetric encryption KMS keys, and asymmetric signing KMS keys. You can also create multi-Region keys with imported key material. However, you can't create multi-Region keys in a custom key store.
    ///
    /// This operation supports *multi-Region keys*, an KMS feature that lets you create multiple interoperable KMS keys in different Amazon Web Services Regions. Because these KMS keys have the same key ID, key material, and other metadata, you can use them interchangeably to encrypt data in one Amazon Web Services Region and decrypt it in a different Amazon Web Services Region without re-encrypting the data or making a cross-Region call. For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
    ///
    /// To import your own key material into a KMS key, begin by creating a KMS key with no key material. To do this, use the `Origin` parameter of `CreateKey` with a value of `EXTERNAL`. Next, use GetParametersForImport operation to get a public key and import token. Use the wrapping public key to encrypt your key material. Then, use ImportKeyMaterial with your import token to import the key material. For step-by-step instructions, see [Importing Key Material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html) in the * *Key Management Service Developer Guide* *.
    ///
    /// You can import key material into KMS keys of all supported KMS key types: symmetric encryption KMS keys, HMAC KMS keys, asymmetric encryption KMS keys, and asymmetric signing KMS keys. You can also create multi-Region keys with imported key material. However, you can't import key material into a KMS key in a custom key store.
    ///
    /// To create a multi-Region primary key with imported key material, use the `Origin` parameter of `CreateKey` with a value of `EXTERNAL` and the `MultiRegion` parameter with a value of `True`. To create replicas of the multi-Region primary key, use the ReplicateKey operation. For instructions, see [Importing key material into multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-import.html ). For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
    ///
    /// **Custom key store**
    ///
    /// A [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/custom-key-store-overview.html) lets you protect your Amazon Web Services resources using keys in a backing key store that you own and manage. When you request a cryptographic operation with a KMS key in a custom key store, the operation is performed in the backing key store using its cryptographic keys.
    ///
    /// KMS supports [CloudHSM key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html) backed by an CloudHSM cluster and [external key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html) backed by an external key manager outside of Amazon Web Services. When you create a KMS key in an CloudHSM key store, KMS generates an encryption key in the CloudHSM cluster and associates it with the KMS key. When you create a KMS key in an external key store, you specify an existing encryption key in the external key manager.
    ///
    /// **Note:** Some external key managers provide a simpler method for creating a KMS key in an external key store. For details, see your external key manager documentation.
    ///
    /// Before you create a KMS key in a custom key store, the `ConnectionState` of the key store must be `CONNECTED`. To connect the custom key store, use the ConnectCustomKeyStore operation. To find the `ConnectionState`, use the DescribeCustomKeyStores operation.
    ///
    /// To create a KMS key in a custom key store, use the `CustomKeyStoreId`. Use the default `KeySpec` value, `SYMMETRIC_DEFAULT`, and the default `KeyUsage` value, `ENCRYPT_DECRYPT` to create a symmetric encryption key. No other key type is supported in a custom key store.
    ///
    /// To create a KMS key in an [CloudHSM key store](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html), use the `Origin` parameter with a value of `AWS_CLOUDHSM`. The CloudHSM cluster that is associated with the custom key store must have at least two active HSMs in different Availability Zones in the Amazon Web Services Region.
    ///
    /// To create a KMS key in an [external key store](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html), use the `Origin` parameter with a value of `EXTERNAL_KEY_STORE` and an `XksKeyId` parameter that identifies an existing external key.
    ///
    /// **Note:** Some external key managers provide a simpler method for creating a KMS key in an external key store. For details, see your external key manager documentation.
    ///
    /// **Cross-account use**: No. You cannot use this operation to create a KMS key in a different Amazon Web Services account.
    ///
    /// **Required permissions**: [kms:CreateKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy). To use the `Tags` parameter, [kms:TagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy). For examples and information about related permissions, see [Allow a user to create KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html#iam-policy-example-create-key) in the *Key Management Service Developer Guide*.
    ///
    /// **Related operations:**
    ///
    /// - DescribeKey
    /// - ListKeys
    /// - ScheduleKeyDeletion
    ///
    /// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/programming-eventual-consistency.html).
    pub fn create_key(&self) -> CreateKeyFluentBuilder {
        CreateKeyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: CreateKeyRequest::builder(),
        }
    }
    /// Decrypts ciphertext that was encrypted by a KMS key using any of the following operations:
    ///
    /// - Encrypt
    /// - GenerateDataKey
    /// - GenerateDataKeyPair
    /// - GenerateDataKeyWithoutPlaintext
    /// - GenerateDataKeyPairWithoutPlaintext
    ///
    /// You can use this operation to decrypt ciphertext that was encrypted under a symmetric encryption KMS key or an asymmetric encryption KMS key. When the KMS key is asymmetric, you must specify the KMS key and the encryption algorithm that was used to encrypt the ciphertext. For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
    ///
    /// The `Decrypt` operation also decrypts ciphertext that was encrypted outside of KMS by the public key in an KMS asymmetric KMS key. However, it cannot decrypt symmetric ciphertext produced by other libraries, such as the [Amazon Web Services Encryption SDK](https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/) or [Amazon S3 client-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingClientSideEncryption.html). These libraries return a ciphertext format that is incompatible with KMS.
    ///
    /// If the ciphertext was encrypted under a symmetric encryption KMS key, the `KeyId` parameter is optional. KMS can get this information from metadata that it adds to the symmetric ciphertext blob. This feature adds durability to your implementation by ensuring that authorized users can decrypt ciphertext decades after it was encrypted, even if they've lost track of the key ID. However, specifying the KMS key is always recommended as a best practice. When you use the `KeyId` parameter to specify a KMS key, KMS only uses the KMS key you specify. If the ciphertext was encrypted under a different KMS key, the `Decrypt` operation fails. This practice ensures that you use the KMS key that you intend.
    ///
    /// Whenever possible, use key policies to give users permission to call the `Decrypt` operation on a particular KMS key, instead of using &IAM; policies. Otherwise, you might create an &IAM; policy that gives the user `Decrypt` permission on all KMS keys. This user could decrypt ciphertext that was encrypted by KMS keys in other accounts if the key policy for the cross-account KMS key permits it. If you must use an IAM policy for `Decrypt` permissions, limit the user to particular KMS keys or particular trusted accounts. For details, see [Best practices for IAM policies](https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html#iam-policies-best-practices) in the *Key Management Service Developer Guide*.
    ///
    /// `Decrypt` also supports [Amazon Web Services Nitro Enclaves](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave.html), which provide an isolated compute environment in Amazon EC2. To call `Decrypt` for a Nitro enclave, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK. Use the `Recipient` parameter to provide the attestation document for the enclave. Instead of the plaintext data, the response includes the plaintext data encrypted with the public key from the attestation document (`CiphertextForRecipient`). For information about the interaction between KMS and Amazon Web Services Nitro Enclaves, see [How Amazon Web Services Nitro Enclaves uses KMS](https://docs.aws.amazon.com/kms/latest/developerguide/services-nitro-enclaves.html) in the *Key Management Service Developer Guide*.
    ///
    /// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    ///
    /// **Cross-account use**: Yes. If you use the `KeyId` parameter to identify a KMS key in a different Amazon Web Services account, specify the key ARN or the alias ARN of the KMS key.
    ///
    /// **Required permissions**: [kms:Decrypt](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
    ///
    /// **Related operations:**
    ///
    /// - Encrypt
    /// - GenerateDataKey
    /// - GenerateDataKeyPair
    /// - ReEncrypt
    ///
    /// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/programming-eventual-consistency.html).
    pub fn decrypt(&self) -> DecryptFluentBuilder {
        DecryptFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DecryptRequest::builder(),
        }
    }
    /// Provides detailed information about a KMS key. You can run `DescribeKey` on a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) or an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk).
    ///
    /// This detailed information includes the key ARN, creation date (and deletion date, if applicable), the key state, and the origin and expiration date (if any) of the key material. It includes fields, like `KeySpec`, that help you distinguish different types of KMS keys. It also displays the key usage (encryption, signing, or generating and verifying MACs) and the algorithms that the KMS key supports.
    ///
    /// For [multi-Region keys](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html), `DescribeKey` displays the primary key and all related replica keys. For KMS keys in [CloudHSM key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html), it includes information about the key store, such as the key store ID and the CloudHSM cluster ID. For KMS keys in [external key stores](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html), it includes the custom key store ID and the ID of the external key.
    ///
    /// `DescribeKey` does not return the following information:
    ///
    /// - Aliases associated with the KMS key. To get this information, use ListAliases.
    /// - Whether automatic key rotation is enabled on the KMS key. To get this information, use GetKeyRotationStatus. Also, some key states prevent a KMS key from being automatically rotated. For details, see [How Automatic Key Rotation Works](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotate-keys-how-it-works) in the *Key Management Service Developer Guide*.
    /// - Tags on the KMS key. To get this information, use ListResourceTags.
    /// - Key policies and grants on the KMS key. To get this information, use GetKeyPolicy and ListGrants.
    ///
    /// In general, `DescribeKey` is a non-mutating operation. It returns data about KMS keys, but doesn't change them. However, Amazon Web Services services use `DescribeKey` to create [Amazon Web Services managed keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk) from a *predefined Amazon Web Services alias* with no key ID.
    ///
    /// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
    ///
    /// **Required permissions**: [kms:DescribeKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
    ///
    /// **Related operations:**
    ///
    /// - GetKeyPolicy
    /// - GetKeyRotationStatus
    /// - ListAliases
    /// - ListGrants
    /// - ListKeys
    /// - ListResourceTags
    /// - ListRetirableGrants
    ///
    /// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/programming-eventual-consistency.html).
    pub fn describe_key(&self) -> DescribeKeyFluentBuilder {
        DescribeKeyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: DescribeKeyRequest::builder(),
        }
    }
    /// Encrypts plaintext of up to 4,096 bytes using a KMS key. You can use a symmetric or asymmetric KMS key with a `KeyUsage` of `ENCRYPT_DECRYPT`.
    ///
    /// You can use this operation to encrypt small amounts of arbitrary data, such as a personal identifier or database password, or other sensitive information. You don't need to use the `Encrypt` operation to encrypt a data key. The GenerateDataKey and GenerateDataKeyPair operations return a plaintext data key and an encrypted copy of that data key.
    ///
    /// If you use a symmetric encryption KMS key, you can use an encryption context to add additional security to your encryption operation. If you specify an `EncryptionContext` when encrypting data, you must specify the same encryption context (a case-sensitive exact match) when decrypting the data. Otherwise, the request to decrypt fails with an `InvalidCiphertextException`. For more information, see [Encryption Context](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context) in the *Key Management Service Developer Guide*.
    ///
    /// If you specify an asymmetric KMS key, you must also specify the encryption algorithm. The algorithm must be compatible with the KMS key spec.
    ///
    /// **Note:** When you use an asymmetric KMS key to encrypt or reencrypt data, be sure to record the KMS key and encryption algorithm that you choose. You will be required to provide the same KMS key and encryption algorithm when you decrypt the data. If the KMS key and algorithm do not match the values used to encrypt the data, the decrypt operation fails.
    ///
    /// You are not required to supply the key ID and encryption algorithm when you decrypt with symmetric encryption KMS keys because KMS stores this information in the ciphertext blob. KMS cannot store metadata in ciphertext generated with asymmetric keys. The standard format for asymmetric key ciphertext does not include configurable fields.
    ///
    /// The maximum size of the data that you can encrypt varies with the type of KMS key and the encryption algorithm that you choose.
    ///
    /// - Symmetric encryption KMS keys
    /// - `SYMMETRIC_DEFAULT`: 4096 bytes
    /// - `RSA_2048`
    /// - `RSAES_OAEP_SHA_1`: 214 bytes
    /// - `RSAES_OAEP_SHA_256`: 190 bytes
    /// - `RSA_3072`
    /// - `RSAES_OAEP_SHA_1`: 342 bytes
    /// - `RSAES_OAEP_SHA_256`: 318 bytes
    /// - `RSA_4096`
    /// - `RSAES_OAEP_SHA_1`: 470 bytes
    /// - `RSAES_OAEP_SHA_256`: 446 bytes
    /// - `SM2PKE`: 1024 bytes (China Regions only)
    ///
    /// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    ///
    /// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
    ///
    /// **Required permissions**: [kms:Encrypt](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
    ///
    /// **Related operations:**
    ///
    /// - Decrypt
    /// - GenerateDataKey
    /// - GenerateDataKeyPair
    ///
    /// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/programming-eventual-consistency.html).
    pub fn encrypt(&self) -> EncryptFluentBuilder {
        EncryptFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: EncryptRequest::builder(),
        }
    }
    /// Returns a unique symmetric data key for use outside of KMS. This operation returns a plaintext copy of the data key and a copy that is encrypted under a symmetric encryption KMS key that you specify. The bytes in the plaintext key are random; they are not related to the caller or the KMS key. You can use the plaintext key to encrypt your data outside of KMS and store the encrypted data key with the encrypted data.
    ///
    /// To generate a data key, specify the symmetric encryption KMS key that will be used to encrypt the data key. You cannot use an asymmetric KMS key to encrypt data keys. To get the type of your KMS key, use the DescribeKey operation.
    ///
    /// You must also specify the length of the data key. Use either the `KeySpec` or `NumberOfBytes` parameters (but not both). For 128-bit and 256-bit data keys, use the `KeySpec` parameter.
    ///
    /// To generate a 128-bit SM4 data key (China Regions only), specify a `KeySpec` value of `AES_128` or a `NumberOfBytes` value of `16`. The symmetric encryption key used in China Regions to encrypt your data key is an SM4 encryption key.
    ///
    /// To get only an encrypted copy of the data key, use GenerateDataKeyWithoutPlaintext. To generate an asymmetric data key pair, use the GenerateDataKeyPair or GenerateDataKeyPairWithoutPlaintext operation. To get a cryptographically secure random byte string, use GenerateRandom.
    ///
    /// You can use an optional encryption context to add additional security to the encryption operation. If you specify an `EncryptionContext`, you must specify the same encryption context (a case-sensitive exact match) when decrypting the encrypted data key. Otherwise, the request to decrypt fails with an `InvalidCiphertextException`. For more information, see [Encryption Context](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context) in the *Key Management Service Developer Guide*.
    ///
    /// `GenerateDataKey` also supports [Amazon Web Services Nitro Enclaves](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave.html), which provide an isolated compute environment in Amazon EC2. To call `GenerateDataKey` for an Amazon Web Services Nitro enclave, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK. Use the `Recipient` parameter to provide the attestation document for the enclave. `GenerateDataKey` returns a copy of the data key encrypted under the specified KMS key, as usual. But instead of a plaintext copy of the data key, the response includes a copy of the data key encrypted under the public key from the attestation document (`CiphertextForRecipient`). For information about the interaction between KMS and Amazon Web Services Nitro Enclaves, see [How Amazon Web Services Nitro Enclaves uses KMS](https://docs.aws.amazon.com/kms/latest/developerguide/services-nitro-enclaves.html) in the *Key Management Service Developer Guide*..
    ///
    /// The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    ///
    /// **How to use your data key**
    ///
    /// We recommend that you use the following pattern to encrypt data locally in your application. You can write your own code or use a client-side encryption library, such as the [Amazon Web Services Encryption SDK](https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/), the [Amazon DynamoDB Encryption Client](https://docs.aws.amazon.com/dynamodb-encryption-client/latest/devguide/), or [Amazon S3 client-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingClientSideEncryption.html) to do these tasks for you.
    ///
    /// To encrypt data outside of KMS:
    ///
    /// - Use the `GenerateDataKey` operation to get a data key.
    /// - Use the plaintext data key (in the `Plaintext` field of the response) to encrypt your data outside of KMS. Then erase the plaintext data key from memory.
    /// - Store the encrypted data key (in the `CiphertextBlob` field of the response) with the encrypted data.
    ///
    /// To decrypt data outside of KMS:
    ///
    /// - Use the Decrypt operation to decrypt the encrypted data key. The operation returns a plaintext copy of the data key.
    /// - Use the plaintext data key to decrypt data outside of KMS, then erase the plaintext data key from memory.
    ///
    /// **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
    ///
    /// **Required permissions**: [kms:GenerateDataKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
    ///
    /// **Related operations:**
    ///
    /// - Decrypt
    /// - Encrypt
    /// - GenerateDataKeyPair
    /// - GenerateDataKeyPairWithoutPlaintext
    /// - GenerateDataKeyWithoutPlaintext
    ///
    /// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/programming-eventual-consistency.html).
    pub fn generate_data_key(&self) -> GenerateDataKeyFluentBuilder {
        GenerateDataKeyFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: GenerateDataKeyRequest::builder(),
        }
    }
    /// Gets a list of aliases in the caller's Amazon Web Services account and region. For more information about aliases, see CreateAlias.
    ///
    /// By default, the `ListAliases` operation returns all aliases in the account and region. To get only the aliases associated with a particular KMS key, use the `KeyId` parameter.
    ///
    /// The `ListAliases` response can include aliases that you created and associated with your customer managed keys, and aliases that Amazon Web Services created and associated with Amazon Web Services managed keys in your account. You can recognize Amazon Web Services aliases because their names have the format `aws/`, such as `aws/dynamodb`.
    ///
    /// The response might also include aliases that have no `TargetKeyId` field. These are predefined aliases that Amazon Web Services has created but has not yet associated with a KMS key. Aliases that Amazon Web Services creates in your account, including predefined aliases, do not count against your [KMS aliases quota](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html#aliases-limit).
    ///
    /// **Cross-account use**: No. `ListAliases` does not return aliases in other Amazon Web Services accounts.
    ///
    /// **Required permissions**: [kms:ListAliases](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
    ///
    /// For details, see [Controlling access to aliases](https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html#alias-access) in the *Key Management Service Developer Guide*.
    ///
    /// **Related operations:**
    ///
    /// - CreateAlias
    /// - DeleteAlias
    /// - UpdateAlias
    ///
    /// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/programming-eventual-consistency.html).
    pub fn list_aliases(&self) -> ListAliasesFluentBuilder {
        ListAliasesFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListAliasesRequest::builder(),
        }
    }
    /// Gets a list of all KMS keys in the caller's Amazon Web Services account and Region.
    ///
    /// **Cross-account use**: No. You cannot perform this operation on a KMS key in a different Amazon Web Services account.
    ///
    /// **Required permissions**: [kms:ListKeys](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (IAM policy)
    ///
    /// **Related operations:**
    ///
    /// - CreateKey
    /// - DescribeKey
    /// - ListAliases
    /// - ListResourceTags
    ///
    /// **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/programming-eventual-consistency.html).
    pub fn list_keys(&self) -> ListKeysFluentBuilder {
        ListKeysFluentBuilder {
            handle: rt::Arc::clone(&self.handle),
            input: ListKeysRequest::builder(),
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
            "CreateAlias" => {
                self.handle
                    .call_json::<CreateAliasRequest, CreateAliasOutput, CreateAliasError>(
                        &crate::kms_types::http::CREATE_ALIAS,
                        input,
                    )
                    .await
            }
            "CreateKey" => {
                self.handle
                    .call_json::<CreateKeyRequest, CreateKeyResponse, CreateKeyError>(
                        &crate::kms_types::http::CREATE_KEY,
                        input,
                    )
                    .await
            }
            "Decrypt" => {
                self.handle
                    .call_json::<DecryptRequest, DecryptResponse, DecryptError>(
                        &crate::kms_types::http::DECRYPT,
                        input,
                    )
                    .await
            }
            "DescribeKey" => {
                self.handle
                    .call_json::<DescribeKeyRequest, DescribeKeyResponse, DescribeKeyError>(
                        &crate::kms_types::http::DESCRIBE_KEY,
                        input,
                    )
                    .await
            }
            "Encrypt" => {
                self.handle
                    .call_json::<EncryptRequest, EncryptResponse, EncryptError>(
                        &crate::kms_types::http::ENCRYPT,
                        input,
                    )
                    .await
            }
            "GenerateDataKey" => self
                .handle
                .call_json::<GenerateDataKeyRequest, GenerateDataKeyResponse, GenerateDataKeyError>(
                    &crate::kms_types::http::GENERATE_DATA_KEY,
                    input,
                )
                .await,
            "ListAliases" => {
                self.handle
                    .call_json::<ListAliasesRequest, ListAliasesResponse, ListAliasesError>(
                        &crate::kms_types::http::LIST_ALIASES,
                        input,
                    )
                    .await
            }
            "ListKeys" => {
                self.handle
                    .call_json::<ListKeysRequest, ListKeysResponse, ListKeysError>(
                        &crate::kms_types::http::LIST_KEYS,
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
        "CreateAlias" => rt::client::validate::<CreateAliasRequest, rt::Unhandled>(input),
        "CreateKey" => rt::client::validate::<CreateKeyRequest, rt::Unhandled>(input),
        "Decrypt" => rt::client::validate::<DecryptRequest, rt::Unhandled>(input),
        "DescribeKey" => rt::client::validate::<DescribeKeyRequest, rt::Unhandled>(input),
        "Encrypt" => rt::client::validate::<EncryptRequest, rt::Unhandled>(input),
        "GenerateDataKey" => rt::client::validate::<GenerateDataKeyRequest, rt::Unhandled>(input),
        "ListAliases" => rt::client::validate::<ListAliasesRequest, rt::Unhandled>(input),
        "ListKeys" => rt::client::validate::<ListKeysRequest, rt::Unhandled>(input),
        _ => Err(SdkError::construction(format!(
            "the model has no operation `{operation}`"
        ))),
    }
}
/// A `CreateAlias` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateAliasFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateAliasRequestBuilder,
}
impl ::std::convert::From<CreateAliasFluentBuilder> for CreateAliasRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateAliasFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateAliasFluentBuilder {
    /// Sets [`CreateAliasRequest::alias_name`](CreateAliasRequest::alias_name).
    pub fn alias_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.alias_name(value);
        self
    }
    /// Sets or clears [`CreateAliasRequest::alias_name`](CreateAliasRequest::alias_name).
    pub fn set_alias_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_alias_name(value);
        self
    }
    /// Sets [`CreateAliasRequest::target_key_id`](CreateAliasRequest::target_key_id).
    pub fn target_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.target_key_id(value);
        self
    }
    /// Sets or clears [`CreateAliasRequest::target_key_id`](CreateAliasRequest::target_key_id).
    pub fn set_target_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_target_key_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateAliasRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateAliasRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CreateAliasOutput, SdkError<CreateAliasError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&kms_types::http::CREATE_ALIAS, &input, stream)
            .await
    }
}
/// A `CreateKey` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct CreateKeyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: CreateKeyRequestBuilder,
}
impl ::std::convert::From<CreateKeyFluentBuilder> for CreateKeyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: CreateKeyFluentBuilder) -> Self {
        fluent.input
    }
}
impl CreateKeyFluentBuilder {
    /// Sets [`CreateKeyRequest::bypass_policy_lockout_safety_check`](CreateKeyRequest::bypass_policy_lockout_safety_check).
    pub fn bypass_policy_lockout_safety_check(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.bypass_policy_lockout_safety_check(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::bypass_policy_lockout_safety_check`](CreateKeyRequest::bypass_policy_lockout_safety_check).
    pub fn set_bypass_policy_lockout_safety_check(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_bypass_policy_lockout_safety_check(value);
        self
    }
    /// Sets [`CreateKeyRequest::custom_key_store_id`](CreateKeyRequest::custom_key_store_id).
    pub fn custom_key_store_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.custom_key_store_id(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::custom_key_store_id`](CreateKeyRequest::custom_key_store_id).
    pub fn set_custom_key_store_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_custom_key_store_id(value);
        self
    }
    /// Sets [`CreateKeyRequest::customer_master_key_spec`](CreateKeyRequest::customer_master_key_spec).
    pub fn customer_master_key_spec(mut self, value: impl rt::Into<CustomerMasterKeySpec>) -> Self {
        self.input = self.input.customer_master_key_spec(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::customer_master_key_spec`](CreateKeyRequest::customer_master_key_spec).
    pub fn set_customer_master_key_spec(
        mut self,
        value: rt::Option<CustomerMasterKeySpec>,
    ) -> Self {
        self.input = self.input.set_customer_master_key_spec(value);
        self
    }
    /// Sets [`CreateKeyRequest::description`](CreateKeyRequest::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.description(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::description`](CreateKeyRequest::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_description(value);
        self
    }
    /// Sets [`CreateKeyRequest::key_spec`](CreateKeyRequest::key_spec).
    pub fn key_spec(mut self, value: impl rt::Into<KeySpec>) -> Self {
        self.input = self.input.key_spec(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::key_spec`](CreateKeyRequest::key_spec).
    pub fn set_key_spec(mut self, value: rt::Option<KeySpec>) -> Self {
        self.input = self.input.set_key_spec(value);
        self
    }
    /// Sets [`CreateKeyRequest::key_usage`](CreateKeyRequest::key_usage).
    pub fn key_usage(mut self, value: impl rt::Into<KeyUsageType>) -> Self {
        self.input = self.input.key_usage(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::key_usage`](CreateKeyRequest::key_usage).
    pub fn set_key_usage(mut self, value: rt::Option<KeyUsageType>) -> Self {
        self.input = self.input.set_key_usage(value);
        self
    }
    /// Sets [`CreateKeyRequest::multi_region`](CreateKeyRequest::multi_region).
    pub fn multi_region(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.multi_region(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::multi_region`](CreateKeyRequest::multi_region).
    pub fn set_multi_region(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_multi_region(value);
        self
    }
    /// Sets [`CreateKeyRequest::origin`](CreateKeyRequest::origin).
    pub fn origin(mut self, value: impl rt::Into<OriginType>) -> Self {
        self.input = self.input.origin(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::origin`](CreateKeyRequest::origin).
    pub fn set_origin(mut self, value: rt::Option<OriginType>) -> Self {
        self.input = self.input.set_origin(value);
        self
    }
    /// Sets [`CreateKeyRequest::policy`](CreateKeyRequest::policy).
    pub fn policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.policy(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::policy`](CreateKeyRequest::policy).
    pub fn set_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_policy(value);
        self
    }
    /// Appends one element to [`CreateKeyRequest::tags`](CreateKeyRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.input = self.input.tags(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::tags`](CreateKeyRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.input = self.input.set_tags(value);
        self
    }
    /// Sets [`CreateKeyRequest::xks_key_id`](CreateKeyRequest::xks_key_id).
    pub fn xks_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.xks_key_id(value);
        self
    }
    /// Sets or clears [`CreateKeyRequest::xks_key_id`](CreateKeyRequest::xks_key_id).
    pub fn set_xks_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_xks_key_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: CreateKeyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut CreateKeyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<CreateKeyResponse, SdkError<CreateKeyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&kms_types::http::CREATE_KEY, &input, stream)
            .await
    }
}
/// A `Decrypt` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DecryptFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DecryptRequestBuilder,
}
impl ::std::convert::From<DecryptFluentBuilder> for DecryptRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DecryptFluentBuilder) -> Self {
        fluent.input
    }
}
impl DecryptFluentBuilder {
    /// Sets [`DecryptRequest::ciphertext_blob`](DecryptRequest::ciphertext_blob).
    pub fn ciphertext_blob(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.input = self.input.ciphertext_blob(value);
        self
    }
    /// Sets or clears [`DecryptRequest::ciphertext_blob`](DecryptRequest::ciphertext_blob).
    pub fn set_ciphertext_blob(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.input = self.input.set_ciphertext_blob(value);
        self
    }
    /// Sets [`DecryptRequest::dry_run`](DecryptRequest::dry_run).
    pub fn dry_run(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.dry_run(value);
        self
    }
    /// Sets or clears [`DecryptRequest::dry_run`](DecryptRequest::dry_run).
    pub fn set_dry_run(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_dry_run(value);
        self
    }
    /// Sets [`DecryptRequest::encryption_algorithm`](DecryptRequest::encryption_algorithm).
    pub fn encryption_algorithm(mut self, value: impl rt::Into<EncryptionAlgorithmSpec>) -> Self {
        self.input = self.input.encryption_algorithm(value);
        self
    }
    /// Sets or clears [`DecryptRequest::encryption_algorithm`](DecryptRequest::encryption_algorithm).
    pub fn set_encryption_algorithm(mut self, value: rt::Option<EncryptionAlgorithmSpec>) -> Self {
        self.input = self.input.set_encryption_algorithm(value);
        self
    }
    /// Inserts one entry into [`DecryptRequest::encryption_context`](DecryptRequest::encryption_context).
    pub fn encryption_context(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.encryption_context(key, value);
        self
    }
    /// Sets or clears [`DecryptRequest::encryption_context`](DecryptRequest::encryption_context).
    pub fn set_encryption_context(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_encryption_context(value);
        self
    }
    /// Appends one element to [`DecryptRequest::grant_tokens`](DecryptRequest::grant_tokens).
    pub fn grant_tokens(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_tokens(value);
        self
    }
    /// Sets or clears [`DecryptRequest::grant_tokens`](DecryptRequest::grant_tokens).
    pub fn set_grant_tokens(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_grant_tokens(value);
        self
    }
    /// Sets [`DecryptRequest::key_id`](DecryptRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key_id(value);
        self
    }
    /// Sets or clears [`DecryptRequest::key_id`](DecryptRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key_id(value);
        self
    }
    /// Sets [`DecryptRequest::recipient`](DecryptRequest::recipient).
    pub fn recipient(mut self, value: impl rt::Into<RecipientInfo>) -> Self {
        self.input = self.input.recipient(value);
        self
    }
    /// Sets or clears [`DecryptRequest::recipient`](DecryptRequest::recipient).
    pub fn set_recipient(mut self, value: rt::Option<RecipientInfo>) -> Self {
        self.input = self.input.set_recipient(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DecryptRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DecryptRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DecryptResponse, SdkError<DecryptError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&kms_types::http::DECRYPT, &input, stream)
            .await
    }
}
/// A `DescribeKey` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct DescribeKeyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: DescribeKeyRequestBuilder,
}
impl ::std::convert::From<DescribeKeyFluentBuilder> for DescribeKeyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: DescribeKeyFluentBuilder) -> Self {
        fluent.input
    }
}
impl DescribeKeyFluentBuilder {
    /// Appends one element to [`DescribeKeyRequest::grant_tokens`](DescribeKeyRequest::grant_tokens).
    pub fn grant_tokens(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_tokens(value);
        self
    }
    /// Sets or clears [`DescribeKeyRequest::grant_tokens`](DescribeKeyRequest::grant_tokens).
    pub fn set_grant_tokens(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_grant_tokens(value);
        self
    }
    /// Sets [`DescribeKeyRequest::key_id`](DescribeKeyRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key_id(value);
        self
    }
    /// Sets or clears [`DescribeKeyRequest::key_id`](DescribeKeyRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key_id(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: DescribeKeyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut DescribeKeyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<DescribeKeyResponse, SdkError<DescribeKeyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&kms_types::http::DESCRIBE_KEY, &input, stream)
            .await
    }
}
/// A `Encrypt` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct EncryptFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: EncryptRequestBuilder,
}
impl ::std::convert::From<EncryptFluentBuilder> for EncryptRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: EncryptFluentBuilder) -> Self {
        fluent.input
    }
}
impl EncryptFluentBuilder {
    /// Sets [`EncryptRequest::dry_run`](EncryptRequest::dry_run).
    pub fn dry_run(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.dry_run(value);
        self
    }
    /// Sets or clears [`EncryptRequest::dry_run`](EncryptRequest::dry_run).
    pub fn set_dry_run(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_dry_run(value);
        self
    }
    /// Sets [`EncryptRequest::encryption_algorithm`](EncryptRequest::encryption_algorithm).
    pub fn encryption_algorithm(mut self, value: impl rt::Into<EncryptionAlgorithmSpec>) -> Self {
        self.input = self.input.encryption_algorithm(value);
        self
    }
    /// Sets or clears [`EncryptRequest::encryption_algorithm`](EncryptRequest::encryption_algorithm).
    pub fn set_encryption_algorithm(mut self, value: rt::Option<EncryptionAlgorithmSpec>) -> Self {
        self.input = self.input.set_encryption_algorithm(value);
        self
    }
    /// Inserts one entry into [`EncryptRequest::encryption_context`](EncryptRequest::encryption_context).
    pub fn encryption_context(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.encryption_context(key, value);
        self
    }
    /// Sets or clears [`EncryptRequest::encryption_context`](EncryptRequest::encryption_context).
    pub fn set_encryption_context(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_encryption_context(value);
        self
    }
    /// Appends one element to [`EncryptRequest::grant_tokens`](EncryptRequest::grant_tokens).
    pub fn grant_tokens(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_tokens(value);
        self
    }
    /// Sets or clears [`EncryptRequest::grant_tokens`](EncryptRequest::grant_tokens).
    pub fn set_grant_tokens(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_grant_tokens(value);
        self
    }
    /// Sets [`EncryptRequest::key_id`](EncryptRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key_id(value);
        self
    }
    /// Sets or clears [`EncryptRequest::key_id`](EncryptRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key_id(value);
        self
    }
    /// Sets [`EncryptRequest::plaintext`](EncryptRequest::plaintext).
    pub fn plaintext(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.input = self.input.plaintext(value);
        self
    }
    /// Sets or clears [`EncryptRequest::plaintext`](EncryptRequest::plaintext).
    pub fn set_plaintext(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.input = self.input.set_plaintext(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: EncryptRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut EncryptRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<EncryptResponse, SdkError<EncryptError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&kms_types::http::ENCRYPT, &input, stream)
            .await
    }
}
/// A `GenerateDataKey` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct GenerateDataKeyFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: GenerateDataKeyRequestBuilder,
}
impl ::std::convert::From<GenerateDataKeyFluentBuilder> for GenerateDataKeyRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: GenerateDataKeyFluentBuilder) -> Self {
        fluent.input
    }
}
impl GenerateDataKeyFluentBuilder {
    /// Sets [`GenerateDataKeyRequest::dry_run`](GenerateDataKeyRequest::dry_run).
    pub fn dry_run(mut self, value: impl rt::Into<bool>) -> Self {
        self.input = self.input.dry_run(value);
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::dry_run`](GenerateDataKeyRequest::dry_run).
    pub fn set_dry_run(mut self, value: rt::Option<bool>) -> Self {
        self.input = self.input.set_dry_run(value);
        self
    }
    /// Inserts one entry into [`GenerateDataKeyRequest::encryption_context`](GenerateDataKeyRequest::encryption_context).
    pub fn encryption_context(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.input = self.input.encryption_context(key, value);
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::encryption_context`](GenerateDataKeyRequest::encryption_context).
    pub fn set_encryption_context(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.input = self.input.set_encryption_context(value);
        self
    }
    /// Appends one element to [`GenerateDataKeyRequest::grant_tokens`](GenerateDataKeyRequest::grant_tokens).
    pub fn grant_tokens(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.grant_tokens(value);
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::grant_tokens`](GenerateDataKeyRequest::grant_tokens).
    pub fn set_grant_tokens(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.input = self.input.set_grant_tokens(value);
        self
    }
    /// Sets [`GenerateDataKeyRequest::key_id`](GenerateDataKeyRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key_id(value);
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::key_id`](GenerateDataKeyRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key_id(value);
        self
    }
    /// Sets [`GenerateDataKeyRequest::key_spec`](GenerateDataKeyRequest::key_spec).
    pub fn key_spec(mut self, value: impl rt::Into<DataKeySpec>) -> Self {
        self.input = self.input.key_spec(value);
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::key_spec`](GenerateDataKeyRequest::key_spec).
    pub fn set_key_spec(mut self, value: rt::Option<DataKeySpec>) -> Self {
        self.input = self.input.set_key_spec(value);
        self
    }
    /// Sets [`GenerateDataKeyRequest::number_of_bytes`](GenerateDataKeyRequest::number_of_bytes).
    pub fn number_of_bytes(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.number_of_bytes(value);
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::number_of_bytes`](GenerateDataKeyRequest::number_of_bytes).
    pub fn set_number_of_bytes(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_number_of_bytes(value);
        self
    }
    /// Sets [`GenerateDataKeyRequest::recipient`](GenerateDataKeyRequest::recipient).
    pub fn recipient(mut self, value: impl rt::Into<RecipientInfo>) -> Self {
        self.input = self.input.recipient(value);
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::recipient`](GenerateDataKeyRequest::recipient).
    pub fn set_recipient(mut self, value: rt::Option<RecipientInfo>) -> Self {
        self.input = self.input.set_recipient(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: GenerateDataKeyRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut GenerateDataKeyRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<GenerateDataKeyResponse, SdkError<GenerateDataKeyError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&kms_types::http::GENERATE_DATA_KEY, &input, stream)
            .await
    }
}
/// A `ListAliases` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListAliasesFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListAliasesRequestBuilder,
}
impl ::std::convert::From<ListAliasesFluentBuilder> for ListAliasesRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListAliasesFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListAliasesFluentBuilder {
    /// Sets [`ListAliasesRequest::key_id`](ListAliasesRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.key_id(value);
        self
    }
    /// Sets or clears [`ListAliasesRequest::key_id`](ListAliasesRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_key_id(value);
        self
    }
    /// Sets [`ListAliasesRequest::limit`](ListAliasesRequest::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.limit(value);
        self
    }
    /// Sets or clears [`ListAliasesRequest::limit`](ListAliasesRequest::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_limit(value);
        self
    }
    /// Sets [`ListAliasesRequest::marker`](ListAliasesRequest::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.marker(value);
        self
    }
    /// Sets or clears [`ListAliasesRequest::marker`](ListAliasesRequest::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_marker(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListAliasesRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListAliasesRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListAliasesResponse, SdkError<ListAliasesError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&kms_types::http::LIST_ALIASES, &input, stream)
            .await
    }
}
impl ListAliasesFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListAliasesPaginator {
        ListAliasesPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListAliases`, following `NextMarker`.
#[derive(Debug)]
pub struct ListAliasesPaginator {
    call: ListAliasesFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListAliasesPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListAliasesResponse, SdkError<ListAliasesError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.marker = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_marker.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListAliasesResponse, SdkError<ListAliasesError>>>
    {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `Aliases` of every page, in order.
    pub async fn items(
        mut self,
    ) -> rt::Result<rt::Vec<AliasListEntry>, SdkError<ListAliasesError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.aliases.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `Aliases` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<AliasListEntry, SdkError<ListAliasesError>>>
    {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.aliases.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// A `ListKeys` call being prepared: set members, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
pub struct ListKeysFluentBuilder {
    handle: rt::Arc<rt::client::Handle>,
    input: ListKeysRequestBuilder,
}
impl ::std::convert::From<ListKeysFluentBuilder> for ListKeysRequestBuilder {
    /// The input the fluent builder holds (what a waiter takes).
    fn from(fluent: ListKeysFluentBuilder) -> Self {
        fluent.input
    }
}
impl ListKeysFluentBuilder {
    /// Sets [`ListKeysRequest::limit`](ListKeysRequest::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.input = self.input.limit(value);
        self
    }
    /// Sets or clears [`ListKeysRequest::limit`](ListKeysRequest::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.input = self.input.set_limit(value);
        self
    }
    /// Sets [`ListKeysRequest::marker`](ListKeysRequest::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.input = self.input.marker(value);
        self
    }
    /// Sets or clears [`ListKeysRequest::marker`](ListKeysRequest::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.input = self.input.set_marker(value);
        self
    }
    /// Replaces the whole input.
    pub fn input(mut self, input: ListKeysRequestBuilder) -> Self {
        self.input = input;
        self
    }
    /// The input being built, to set members from `rt::Option`s.
    pub fn input_mut(&mut self) -> &mut ListKeysRequestBuilder {
        &mut self.input
    }
    /// Validates the input (unless switched off), sends the request and
    /// parses the response.
    pub async fn send(self) -> rt::Result<ListKeysResponse, SdkError<ListKeysError>> {
        let input = self.input;
        let stream = None;
        self.handle
            .call(&kms_types::http::LIST_KEYS, &input, stream)
            .await
    }
}
impl ListKeysFluentBuilder {
    /// Sends one request per page, following the continuation token
    /// (use [`send`](Self::send) for one page only).
    pub fn into_paginator(self) -> ListKeysPaginator {
        ListKeysPaginator {
            call: self,
            token: None,
            done: false,
        }
    }
}
/// Pages of `ListKeys`, following `NextMarker`.
#[derive(Debug)]
pub struct ListKeysPaginator {
    call: ListKeysFluentBuilder,
    token: rt::Option<rt::String>,
    done: bool,
}
impl ListKeysPaginator {
    /// The next page; `None` after the last one, or after an error.
    pub async fn next_page(
        &mut self,
    ) -> rt::Option<rt::Result<ListKeysResponse, SdkError<ListKeysError>>> {
        if self.done {
            return None;
        }
        let mut call = self.call.clone();
        if let Some(token) = &self.token {
            call.input.marker = Some(token.clone());
        }
        let page = call.send().await;
        let next = page.as_ref().ok().and_then(|p| p.next_marker.clone());
        self.done = next.is_none() || next == self.token;
        self.token = next;
        Some(page)
    }
    /// The pages as a stream; an error ends it.
    pub fn into_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<ListKeysResponse, SdkError<ListKeysError>>> {
        rt::client::stream::unfold(self, |mut pages| async move {
            let page = pages.next_page().await?;
            Some((page, pages))
        })
    }
    /// Every `Keys` of every page, in order.
    pub async fn items(mut self) -> rt::Result<rt::Vec<KeyListEntry>, SdkError<ListKeysError>> {
        let mut all = rt::Vec::new();
        while let Some(page) = self.next_page().await {
            all.extend(page?.keys.unwrap_or_default());
        }
        Ok(all)
    }
    /// Every `Keys` of every page as a stream, fetching pages as it goes; an error ends it.
    pub fn into_item_stream(
        self,
    ) -> impl rt::client::Stream<Item = rt::Result<KeyListEntry, SdkError<ListKeysError>>> {
        let start = (self, ::std::collections::VecDeque::new());
        rt::client::stream::unfold(start, |(mut pages, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                match pages.next_page().await? {
                    Ok(page) => buffer.extend(page.keys.unwrap_or_default()),
                    Err(e) => return Some((Err(e), (pages, buffer))),
                }
            }
        })
    }
}
/// The model's endpoint test cases, run through a [`Client`]
/// configured as its parameters say.
#[cfg(test)]
mod endpoint_tests {
    /// The `testCases` of the model's `smithy.rules#endpointTests`.
    const CASES: &str = "[{\"documentation\":\"For region af-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.af-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region af-south-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.af-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"af-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ap-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ap-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ap-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ap-northeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ap-northeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ap-northeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ap-northeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ap-northeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ap-northeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ap-northeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ap-northeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-northeast-3 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ap-northeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-northeast-3\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ap-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ap-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-south-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ap-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ap-southeast-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ap-southeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ap-southeast-1.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ap-southeast-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ap-southeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ap-southeast-2.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ap-southeast-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ap-southeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ap-southeast-3 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ap-southeast-3.amazonaws.com\"}},\"params\":{\"Region\":\"ap-southeast-3\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region ca-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region ca-central-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.ca-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"ca-central-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-central-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.eu-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-central-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.eu-central-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-central-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.eu-north-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-north-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.eu-north-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.eu-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-south-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.eu-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.eu-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.eu-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.eu-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.eu-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region eu-west-3 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.eu-west-3.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region eu-west-3 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.eu-west-3.amazonaws.com\"}},\"params\":{\"Region\":\"eu-west-3\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region me-south-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.me-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region me-south-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.me-south-1.amazonaws.com\"}},\"params\":{\"Region\":\"me-south-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region sa-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.sa-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region sa-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.sa-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"sa-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-east-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-east-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-east-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-west-2 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-west-2 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-west-2.amazonaws.com\"}},\"params\":{\"Region\":\"us-west-2\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-east-1.api.aws\"}},\"params\":{\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-northwest-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.cn-northwest-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-northwest-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.cn-north-1.amazonaws.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region cn-north-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.cn-north-1.api.amazonwebservices.com.cn\"}},\"params\":{\"Region\":\"cn-north-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-gov-east-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-gov-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-gov-west-1.amazonaws.com\"}},\"params\":{\"Region\":\"us-gov-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS enabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":true}},{\"documentation\":\"For region us-gov-east-1 with FIPS disabled and DualStack enabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-gov-east-1.api.aws\"}},\"params\":{\"Region\":\"us-gov-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-iso-east-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-iso-west-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-iso-west-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-west-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-iso-west-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-iso-west-1.c2s.ic.gov\"}},\"params\":{\"Region\":\"us-iso-west-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For region us-isob-east-1 with FIPS disabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For region us-isob-east-1 with FIPS enabled and DualStack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://kms-fips.us-isob-east-1.sc2s.sgov.gov\"}},\"params\":{\"Region\":\"us-isob-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with region set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with region not set and fips disabled and dualstack disabled\",\"expect\":{\"endpoint\":{\"url\":\"https://example.com\"}},\"params\":{\"Endpoint\":\"https://example.com\",\"UseDualStack\":false,\"UseFIPS\":false}},{\"documentation\":\"For custom endpoint with fips enabled and dualstack disabled\",\"expect\":{\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":false,\"UseFIPS\":true}},{\"documentation\":\"For custom endpoint with fips disabled and dualstack enabled\",\"expect\":{\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},\"params\":{\"Endpoint\":\"https://example.com\",\"Region\":\"us-east-1\",\"UseDualStack\":true,\"UseFIPS\":false}},{\"documentation\":\"Missing region\",\"expect\":{\"error\":\"Invalid Configuration: Missing Region\"}}]";
    #[test]
    fn model_endpoint_tests() {
        match rt::client::check_endpoint_cases(super::SERVICE, CASES) {
            Ok(n) => assert_eq!(n, 68usize),
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
