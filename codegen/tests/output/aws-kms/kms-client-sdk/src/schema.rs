// Generated from models/aws-kms.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! The service model as data (`codegen_rt::schema`): for tools that work
//! from the model, such as a CLI that builds its flags from it.
use ::codegen_rt::schema::*;
/// The operation with this model name.
pub fn operation(name: &str) -> ::std::option::Option<&'static Operation> {
    find(OPERATIONS, name)
}

/// Every operation, in model order.
#[rustfmt::skip]
pub static OPERATIONS: &[Operation] = &[
    Operation { name: "CreateAlias", input: &CREATE_ALIAS_REQUEST, output: &CREATE_ALIAS_OUTPUT, pagination: None,
        errors: &["AlreadyExistsException", "DependencyTimeoutException", "InvalidAliasNameException", "KMSInternalException", "KMSInvalidStateException", "LimitExceededException", "NotFoundException"],
        summary: "Creates a friendly name for a KMS key." },
    Operation { name: "CreateKey", input: &CREATE_KEY_REQUEST, output: &CREATE_KEY_RESPONSE, pagination: None,
        errors: &["CloudHsmClusterInvalidConfigurationException", "CustomKeyStoreInvalidStateException", "CustomKeyStoreNotFoundException", "DependencyTimeoutException", "InvalidArnException", "KMSInternalException", "LimitExceededException", "MalformedPolicyDocumentException", "TagException", "UnsupportedOperationException", "XksKeyAlreadyInUseException", "XksKeyInvalidConfigurationException", "XksKeyNotFoundException"],
        summary: "Creates a unique customer managed [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms-keys) in your Amazon Web Services account and Region. You can use a KMS key in cryptographic operations, such as encryption and signing. Some Amazon Web Services services let you use KMS keys that you create and manage to protect your service resources." },
    Operation { name: "Decrypt", input: &DECRYPT_REQUEST, output: &DECRYPT_RESPONSE, pagination: None,
        errors: &["DependencyTimeoutException", "DisabledException", "DryRunOperationException", "IncorrectKeyException", "InvalidCiphertextException", "InvalidGrantTokenException", "InvalidKeyUsageException", "KeyUnavailableException", "KMSInternalException", "KMSInvalidStateException", "NotFoundException"],
        summary: "Decrypts ciphertext that was encrypted by a KMS key using any of the following operations:" },
    Operation { name: "DescribeKey", input: &DESCRIBE_KEY_REQUEST, output: &DESCRIBE_KEY_RESPONSE, pagination: None,
        errors: &["DependencyTimeoutException", "InvalidArnException", "KMSInternalException", "NotFoundException"],
        summary: "Provides detailed information about a KMS key. You can run `DescribeKey` on a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) or an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk)." },
    Operation { name: "Encrypt", input: &ENCRYPT_REQUEST, output: &ENCRYPT_RESPONSE, pagination: None,
        errors: &["DependencyTimeoutException", "DisabledException", "DryRunOperationException", "InvalidGrantTokenException", "InvalidKeyUsageException", "KeyUnavailableException", "KMSInternalException", "KMSInvalidStateException", "NotFoundException"],
        summary: "Encrypts plaintext of up to 4,096 bytes using a KMS key. You can use a symmetric or asymmetric KMS key with a `KeyUsage` of `ENCRYPT_DECRYPT`." },
    Operation { name: "GenerateDataKey", input: &GENERATE_DATA_KEY_REQUEST, output: &GENERATE_DATA_KEY_RESPONSE, pagination: None,
        errors: &["DependencyTimeoutException", "DisabledException", "DryRunOperationException", "InvalidGrantTokenException", "InvalidKeyUsageException", "KeyUnavailableException", "KMSInternalException", "KMSInvalidStateException", "NotFoundException"],
        summary: "Returns a unique symmetric data key for use outside of KMS. This operation returns a plaintext copy of the data key and a copy that is encrypted under a symmetric encryption KMS key that you specify. The bytes in the plaintext key are random; they are not related to the caller or the KMS key. You can use the plaintext key to encrypt your data outside of KMS and store the encrypted data key with the encrypted data." },
    Operation { name: "ListAliases", input: &LIST_ALIASES_REQUEST, output: &LIST_ALIASES_RESPONSE, pagination: Some(Pagination { input_token: "Marker", output_token: "NextMarker", items: Some("Aliases"), page_size: Some("Limit") }),
        errors: &["DependencyTimeoutException", "InvalidArnException", "InvalidMarkerException", "KMSInternalException", "NotFoundException"],
        summary: "Gets a list of aliases in the caller's Amazon Web Services account and region. For more information about aliases, see CreateAlias." },
    Operation { name: "ListKeys", input: &LIST_KEYS_REQUEST, output: &LIST_KEYS_RESPONSE, pagination: Some(Pagination { input_token: "Marker", output_token: "NextMarker", items: Some("Keys"), page_size: Some("Limit") }),
        errors: &["DependencyTimeoutException", "InvalidMarkerException", "KMSInternalException"],
        summary: "Gets a list of all KMS keys in the caller's Amazon Web Services account and Region." },
];

#[rustfmt::skip]
static ALIAS_LIST_ENTRY: Structure = Structure { name: "AliasListEntry", union: false, members: &[
    Member { name: "AliasArn", ty: Type::String, required: false, summary: "String that contains the key ARN." },
    Member { name: "AliasName", ty: Type::String, required: false, summary: "String that contains the alias. This value begins with `alias/`." },
    Member { name: "CreationDate", ty: Type::Timestamp, required: false, summary: "Date and time that the alias was most recently created in the account and Region. Formatted as Unix time." },
    Member { name: "LastUpdatedDate", ty: Type::Timestamp, required: false, summary: "Date and time that the alias was most recently associated with a KMS key in the account and Region. Formatted as Unix time." },
    Member { name: "TargetKeyId", ty: Type::String, required: false, summary: "String that contains the key identifier of the KMS key associated with the alias." },
]};

#[rustfmt::skip]
static CREATE_ALIAS_OUTPUT: Structure = Structure { name: "CreateAliasOutput", union: false, members: &[
]};

#[rustfmt::skip]
static CREATE_ALIAS_REQUEST: Structure = Structure { name: "CreateAliasRequest", union: false, members: &[
    Member { name: "AliasName", ty: Type::String, required: true, summary: "Specifies the alias name. This value must begin with `alias/` followed by a name, such as `alias/ExampleAlias`." },
    Member { name: "TargetKeyId", ty: Type::String, required: true, summary: "Associates the alias with the specified [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk). The KMS key must be in the same Amazon Web Services Region." },
]};

#[rustfmt::skip]
static CREATE_KEY_REQUEST: Structure = Structure { name: "CreateKeyRequest", union: false, members: &[
    Member { name: "BypassPolicyLockoutSafetyCheck", ty: Type::Boolean, required: false, summary: "Skips (\"bypasses\") the key policy lockout safety check. The default value is false." },
    Member { name: "CustomKeyStoreId", ty: Type::String, required: false, summary: "Creates the KMS key in the specified [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/custom-key-store-overview.html). The `ConnectionState` of the custom key store must be `CONNECTED`. To find the CustomKeyStoreID and ConnectionState use the DescribeCustomKeyStores operation." },
    Member { name: "CustomerMasterKeySpec", ty: Type::Enum(CUSTOMER_MASTER_KEY_SPEC_VALUES), required: false, summary: "Instead, use the `KeySpec` parameter." },
    Member { name: "Description", ty: Type::String, required: false, summary: "A description of the KMS key. Use a description that helps you decide whether the KMS key is appropriate for a task. The default value is an empty string (no description)." },
    Member { name: "KeySpec", ty: Type::Enum(KEY_SPEC_VALUES), required: false, summary: "Specifies the type of KMS key to create. The default value, `SYMMETRIC_DEFAULT`, creates a KMS key with a 256-bit AES-GCM key that is used for encryption and decryption, except in China Regions, where it creates a 128-bit symmetric key that uses SM4 encryption. For help choosing a key spec for your KMS key, see [Choosing a KMS key type](https://docs.aws.amazon.com/kms/latest/developerguide/key-types.html#symm-asymm-choose) in the * *Key Management Service Developer Guide* *." },
    Member { name: "KeyUsage", ty: Type::Enum(KEY_USAGE_TYPE_VALUES), required: false, summary: "Determines the [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) for which you can use the KMS key. The default value is `ENCRYPT_DECRYPT`. This parameter is optional when you are creating a symmetric encryption KMS key; otherwise, it is required. You can't change the `KeyUsage` value after the KMS key is created." },
    Member { name: "MultiRegion", ty: Type::Boolean, required: false, summary: "Creates a multi-Region primary key that you can replicate into other Amazon Web Services Regions. You cannot change this value after you create the KMS key." },
    Member { name: "Origin", ty: Type::Enum(ORIGIN_TYPE_VALUES), required: false, summary: "The source of the key material for the KMS key. You cannot change the origin after you create the KMS key. The default is `AWS_KMS`, which means that KMS creates the key material." },
    Member { name: "Policy", ty: Type::String, required: false, summary: "The key policy to attach to the KMS key." },
    Member { name: "Tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "Assigns one or more tags to the KMS key. Use this parameter to tag the KMS key when it is created. To tag an existing KMS key, use the TagResource operation." },
    Member { name: "XksKeyId", ty: Type::String, required: false, summary: "Identifies the [external key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) that serves as key material for the KMS key in an [external key store](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html). Specify the ID that the [external key store proxy](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-xks-proxy) uses to refer to the external key. For help, see the documentation for your external key store proxy." },
]};

#[rustfmt::skip]
static CREATE_KEY_RESPONSE: Structure = Structure { name: "CreateKeyResponse", union: false, members: &[
    Member { name: "KeyMetadata", ty: Type::Structure(&KEY_METADATA), required: false, summary: "Metadata associated with the KMS key." },
]};

#[rustfmt::skip]
static DECRYPT_REQUEST: Structure = Structure { name: "DecryptRequest", union: false, members: &[
    Member { name: "CiphertextBlob", ty: Type::Blob, required: true, summary: "Ciphertext to be decrypted. The blob includes metadata." },
    Member { name: "DryRun", ty: Type::Boolean, required: false, summary: "Checks if your request will succeed. `DryRun` is an optional parameter." },
    Member { name: "EncryptionAlgorithm", ty: Type::Enum(ENCRYPTION_ALGORITHM_SPEC_VALUES), required: false, summary: "Specifies the encryption algorithm that will be used to decrypt the ciphertext. Specify the same algorithm that was used to encrypt the data. If you specify a different algorithm, the `Decrypt` operation fails." },
    Member { name: "EncryptionContext", ty: Type::Map(&Type::String), required: false, summary: "Specifies the encryption context to use when decrypting the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context." },
    Member { name: "GrantTokens", ty: Type::List(&Type::String), required: false, summary: "A list of grant tokens." },
    Member { name: "KeyId", ty: Type::String, required: false, summary: "Specifies the KMS key that KMS uses to decrypt the ciphertext." },
    Member { name: "Recipient", ty: Type::Structure(&RECIPIENT_INFO), required: false, summary: "A signed [attestation document](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-concepts.html#term-attestdoc) from an Amazon Web Services Nitro enclave and the encryption algorithm to use with the enclave's public key. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`." },
]};

#[rustfmt::skip]
static DECRYPT_RESPONSE: Structure = Structure { name: "DecryptResponse", union: false, members: &[
    Member { name: "CiphertextForRecipient", ty: Type::Blob, required: false, summary: "The plaintext data encrypted with the public key in the attestation document." },
    Member { name: "EncryptionAlgorithm", ty: Type::Enum(ENCRYPTION_ALGORITHM_SPEC_VALUES), required: false, summary: "The encryption algorithm that was used to decrypt the ciphertext." },
    Member { name: "KeyId", ty: Type::String, required: false, summary: "The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to decrypt the ciphertext." },
    Member { name: "Plaintext", ty: Type::Blob, required: false, summary: "Decrypted plaintext data. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded." },
]};

#[rustfmt::skip]
static DESCRIBE_KEY_REQUEST: Structure = Structure { name: "DescribeKeyRequest", union: false, members: &[
    Member { name: "GrantTokens", ty: Type::List(&Type::String), required: false, summary: "A list of grant tokens." },
    Member { name: "KeyId", ty: Type::String, required: true, summary: "Describes the specified KMS key." },
]};

#[rustfmt::skip]
static DESCRIBE_KEY_RESPONSE: Structure = Structure { name: "DescribeKeyResponse", union: false, members: &[
    Member { name: "KeyMetadata", ty: Type::Structure(&KEY_METADATA), required: false, summary: "Metadata associated with the key." },
]};

#[rustfmt::skip]
static ENCRYPT_REQUEST: Structure = Structure { name: "EncryptRequest", union: false, members: &[
    Member { name: "DryRun", ty: Type::Boolean, required: false, summary: "Checks if your request will succeed. `DryRun` is an optional parameter." },
    Member { name: "EncryptionAlgorithm", ty: Type::Enum(ENCRYPTION_ALGORITHM_SPEC_VALUES), required: false, summary: "Specifies the encryption algorithm that KMS will use to encrypt the plaintext message. The algorithm must be compatible with the KMS key that you specify." },
    Member { name: "EncryptionContext", ty: Type::Map(&Type::String), required: false, summary: "Specifies the encryption context that will be used to encrypt the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context." },
    Member { name: "GrantTokens", ty: Type::List(&Type::String), required: false, summary: "A list of grant tokens." },
    Member { name: "KeyId", ty: Type::String, required: true, summary: "Identifies the KMS key to use in the encryption operation. The KMS key must have a `KeyUsage` of `ENCRYPT_DECRYPT`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation." },
    Member { name: "Plaintext", ty: Type::Blob, required: true, summary: "Data to be encrypted." },
]};

#[rustfmt::skip]
static ENCRYPT_RESPONSE: Structure = Structure { name: "EncryptResponse", union: false, members: &[
    Member { name: "CiphertextBlob", ty: Type::Blob, required: false, summary: "The encrypted plaintext. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded." },
    Member { name: "EncryptionAlgorithm", ty: Type::Enum(ENCRYPTION_ALGORITHM_SPEC_VALUES), required: false, summary: "The encryption algorithm that was used to encrypt the plaintext." },
    Member { name: "KeyId", ty: Type::String, required: false, summary: "The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to encrypt the plaintext." },
]};

#[rustfmt::skip]
static GENERATE_DATA_KEY_REQUEST: Structure = Structure { name: "GenerateDataKeyRequest", union: false, members: &[
    Member { name: "DryRun", ty: Type::Boolean, required: false, summary: "Checks if your request will succeed. `DryRun` is an optional parameter." },
    Member { name: "EncryptionContext", ty: Type::Map(&Type::String), required: false, summary: "Specifies the encryption context that will be used when encrypting the data key." },
    Member { name: "GrantTokens", ty: Type::List(&Type::String), required: false, summary: "A list of grant tokens." },
    Member { name: "KeyId", ty: Type::String, required: true, summary: "Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the DescribeKey operation." },
    Member { name: "KeySpec", ty: Type::Enum(DATA_KEY_SPEC_VALUES), required: false, summary: "Specifies the length of the data key. Use `AES_128` to generate a 128-bit symmetric key, or `AES_256` to generate a 256-bit symmetric key." },
    Member { name: "NumberOfBytes", ty: Type::Integer, required: false, summary: "Specifies the length of the data key in bytes. For example, use the value 64 to generate a 512-bit data key (64 bytes is 512 bits). For 128-bit (16-byte) and 256-bit (32-byte) data keys, use the `KeySpec` parameter." },
    Member { name: "Recipient", ty: Type::Structure(&RECIPIENT_INFO), required: false, summary: "A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave and the encryption algorithm to use with the enclave's public key. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`." },
]};

#[rustfmt::skip]
static GENERATE_DATA_KEY_RESPONSE: Structure = Structure { name: "GenerateDataKeyResponse", union: false, members: &[
    Member { name: "CiphertextBlob", ty: Type::Blob, required: false, summary: "The encrypted copy of the data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded." },
    Member { name: "CiphertextForRecipient", ty: Type::Blob, required: false, summary: "The plaintext data key encrypted with the public key from the Nitro enclave. This ciphertext can be decrypted only by using a private key in the Nitro enclave." },
    Member { name: "KeyId", ty: Type::String, required: false, summary: "The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the data key." },
    Member { name: "Plaintext", ty: Type::Blob, required: false, summary: "The plaintext data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. Use this data key to encrypt your data outside of KMS. Then, remove it from memory as soon as possible." },
]};

#[rustfmt::skip]
static KEY_LIST_ENTRY: Structure = Structure { name: "KeyListEntry", union: false, members: &[
    Member { name: "KeyArn", ty: Type::String, required: false, summary: "ARN of the key." },
    Member { name: "KeyId", ty: Type::String, required: false, summary: "Unique identifier of the key." },
]};

#[rustfmt::skip]
static KEY_METADATA: Structure = Structure { name: "KeyMetadata", union: false, members: &[
    Member { name: "AWSAccountId", ty: Type::String, required: false, summary: "The twelve-digit account ID of the Amazon Web Services account that owns the KMS key." },
    Member { name: "Arn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) of the KMS key. For examples, see [Key Management Service (KMS)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms) in the Example ARNs section of the *Amazon Web Services General Reference*." },
    Member { name: "CloudHsmClusterId", ty: Type::String, required: false, summary: "The cluster ID of the CloudHSM cluster that contains the key material for the KMS key. When you create a KMS key in an CloudHSM [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/custom-key-store-overview.html), KMS creates the key material for the KMS key in the associated CloudHSM cluster. This field is present only when the KMS key is created in an CloudHSM key store." },
    Member { name: "CreationDate", ty: Type::Timestamp, required: false, summary: "The date and time when the KMS key was created." },
    Member { name: "CustomKeyStoreId", ty: Type::String, required: false, summary: "A unique identifier for the [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/custom-key-store-overview.html) that contains the KMS key. This field is present only when the KMS key is created in a custom key store." },
    Member { name: "CustomerMasterKeySpec", ty: Type::Enum(CUSTOMER_MASTER_KEY_SPEC_VALUES), required: false, summary: "Instead, use the `KeySpec` field." },
    Member { name: "DeletionDate", ty: Type::Timestamp, required: false, summary: "The date and time after which KMS deletes this KMS key. This value is present only when the KMS key is scheduled for deletion, that is, when its `KeyState` is `PendingDeletion`." },
    Member { name: "Description", ty: Type::String, required: false, summary: "The description of the KMS key." },
    Member { name: "Enabled", ty: Type::Boolean, required: false, summary: "Specifies whether the KMS key is enabled. When `KeyState` is `Enabled` this value is true, otherwise it is false." },
    Member { name: "EncryptionAlgorithms", ty: Type::List(&Type::Enum(ENCRYPTION_ALGORITHM_SPEC_VALUES)), required: false, summary: "The encryption algorithms that the KMS key supports. You cannot use the KMS key with other encryption algorithms within KMS." },
    Member { name: "ExpirationModel", ty: Type::Enum(EXPIRATION_MODEL_TYPE_VALUES), required: false, summary: "Specifies whether the KMS key's key material expires. This value is present only when `Origin` is `EXTERNAL`, otherwise this value is omitted." },
    Member { name: "KeyAgreementAlgorithms", ty: Type::List(&Type::Enum(KEY_AGREEMENT_ALGORITHM_SPEC_VALUES)), required: false, summary: "The key agreement algorithm used to derive a shared secret." },
    Member { name: "KeyId", ty: Type::String, required: true, summary: "The globally unique identifier for the KMS key." },
    Member { name: "KeyManager", ty: Type::Enum(KEY_MANAGER_TYPE_VALUES), required: false, summary: "The manager of the KMS key. KMS keys in your Amazon Web Services account are either customer managed or Amazon Web Services managed. For more information about the difference, see [KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) in the *Key Management Service Developer Guide*." },
    Member { name: "KeySpec", ty: Type::Enum(KEY_SPEC_VALUES), required: false, summary: "Describes the type of key material in the KMS key." },
    Member { name: "KeyState", ty: Type::Enum(KEY_STATE_VALUES), required: false, summary: "The current status of the KMS key." },
    Member { name: "KeyUsage", ty: Type::Enum(KEY_USAGE_TYPE_VALUES), required: false, summary: "The [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) for which you can use the KMS key." },
    Member { name: "MacAlgorithms", ty: Type::List(&Type::Enum(MAC_ALGORITHM_SPEC_VALUES)), required: false, summary: "The message authentication code (MAC) algorithm that the HMAC KMS key supports." },
    Member { name: "MultiRegion", ty: Type::Boolean, required: false, summary: "Indicates whether the KMS key is a multi-Region (`True`) or regional (`False`) key. This value is `True` for multi-Region primary and replica keys and `False` for regional KMS keys." },
    Member { name: "MultiRegionConfiguration", ty: Type::Structure(&MULTI_REGION_CONFIGURATION), required: false, summary: "Lists the primary and replica keys in same multi-Region key. This field is present only when the value of the `MultiRegion` field is `True`." },
    Member { name: "Origin", ty: Type::Enum(ORIGIN_TYPE_VALUES), required: false, summary: "The source of the key material for the KMS key. When this value is `AWS_KMS`, KMS created the key material. When this value is `EXTERNAL`, the key material was imported or the KMS key doesn't have any key material. When this value is `AWS_CLOUDHSM`, the key material was created in the CloudHSM cluster associated with a custom key store." },
    Member { name: "PendingDeletionWindowInDays", ty: Type::Integer, required: false, summary: "The waiting period before the primary key in a multi-Region key is deleted. This waiting period begins when the last of its replica keys is deleted. This value is present only when the `KeyState` of the KMS key is `PendingReplicaDeletion`. That indicates that the KMS key is the primary key in a multi-Region key, it is scheduled for deletion, and it still has existing replica keys." },
    Member { name: "SigningAlgorithms", ty: Type::List(&Type::Enum(SIGNING_ALGORITHM_SPEC_VALUES)), required: false, summary: "The signing algorithms that the KMS key supports. You cannot use the KMS key with other signing algorithms within KMS." },
    Member { name: "ValidTo", ty: Type::Timestamp, required: false, summary: "The time at which the imported key material expires. When the key material expires, KMS deletes the key material and the KMS key becomes unusable. This value is present only for KMS keys whose `Origin` is `EXTERNAL` and whose `ExpirationModel` is `KEY_MATERIAL_EXPIRES`, otherwise this value is omitted." },
    Member { name: "XksKeyConfiguration", ty: Type::Structure(&XKS_KEY_CONFIGURATION_TYPE), required: false, summary: "Information about the external key that is associated with a KMS key in an external key store." },
]};

#[rustfmt::skip]
static LIST_ALIASES_REQUEST: Structure = Structure { name: "ListAliasesRequest", union: false, members: &[
    Member { name: "KeyId", ty: Type::String, required: false, summary: "Lists only aliases that are associated with the specified KMS key. Enter a KMS key in your Amazon Web Services account." },
    Member { name: "Limit", ty: Type::Integer, required: false, summary: "Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer." },
    Member { name: "Marker", ty: Type::String, required: false, summary: "Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received." },
]};

#[rustfmt::skip]
static LIST_ALIASES_RESPONSE: Structure = Structure { name: "ListAliasesResponse", union: false, members: &[
    Member { name: "Aliases", ty: Type::List(&Type::Structure(&ALIAS_LIST_ENTRY)), required: false, summary: "A list of aliases." },
    Member { name: "NextMarker", ty: Type::String, required: false, summary: "When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request." },
    Member { name: "Truncated", ty: Type::Boolean, required: false, summary: "A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request." },
]};

#[rustfmt::skip]
static LIST_KEYS_REQUEST: Structure = Structure { name: "ListKeysRequest", union: false, members: &[
    Member { name: "Limit", ty: Type::Integer, required: false, summary: "Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer." },
    Member { name: "Marker", ty: Type::String, required: false, summary: "Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received." },
]};

#[rustfmt::skip]
static LIST_KEYS_RESPONSE: Structure = Structure { name: "ListKeysResponse", union: false, members: &[
    Member { name: "Keys", ty: Type::List(&Type::Structure(&KEY_LIST_ENTRY)), required: false, summary: "A list of KMS keys." },
    Member { name: "NextMarker", ty: Type::String, required: false, summary: "When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request." },
    Member { name: "Truncated", ty: Type::Boolean, required: false, summary: "A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request." },
]};

#[rustfmt::skip]
static MULTI_REGION_CONFIGURATION: Structure = Structure { name: "MultiRegionConfiguration", union: false, members: &[
    Member { name: "MultiRegionKeyType", ty: Type::Enum(MULTI_REGION_KEY_TYPE_VALUES), required: false, summary: "Indicates whether the KMS key is a `PRIMARY` or `REPLICA` key." },
    Member { name: "PrimaryKey", ty: Type::Structure(&MULTI_REGION_KEY), required: false, summary: "Displays the key ARN and Region of the primary key. This field includes the current KMS key if it is the primary key." },
    Member { name: "ReplicaKeys", ty: Type::List(&Type::Structure(&MULTI_REGION_KEY)), required: false, summary: "displays the key ARNs and Regions of all replica keys. This field includes the current KMS key if it is a replica key." },
]};

#[rustfmt::skip]
static MULTI_REGION_KEY: Structure = Structure { name: "MultiRegionKey", union: false, members: &[
    Member { name: "Arn", ty: Type::String, required: false, summary: "Displays the key ARN of a primary or replica key of a multi-Region key." },
    Member { name: "Region", ty: Type::String, required: false, summary: "Displays the Amazon Web Services Region of a primary or replica key in a multi-Region key." },
]};

#[rustfmt::skip]
static RECIPIENT_INFO: Structure = Structure { name: "RecipientInfo", union: false, members: &[
    Member { name: "AttestationDocument", ty: Type::Blob, required: false, summary: "The attestation document for an Amazon Web Services Nitro Enclave. This document includes the enclave's public key." },
    Member { name: "KeyEncryptionAlgorithm", ty: Type::Enum(KEY_ENCRYPTION_MECHANISM_VALUES), required: false, summary: "The encryption algorithm that KMS should use with the public key for an Amazon Web Services Nitro Enclave to encrypt plaintext values for the response. The only valid value is `RSAES_OAEP_SHA_256`." },
]};

#[rustfmt::skip]
static TAG: Structure = Structure { name: "Tag", union: false, members: &[
    Member { name: "TagKey", ty: Type::String, required: true, summary: "The key of the tag." },
    Member { name: "TagValue", ty: Type::String, required: true, summary: "The value of the tag." },
]};

#[rustfmt::skip]
static XKS_KEY_CONFIGURATION_TYPE: Structure = Structure { name: "XksKeyConfigurationType", union: false, members: &[
    Member { name: "Id", ty: Type::String, required: false, summary: "The ID of the external key in its external key manager. This is the ID that the external key store proxy uses to identify the external key." },
]};

#[rustfmt::skip]
const CUSTOMER_MASTER_KEY_SPEC_VALUES: &[&str] = &["ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "RSA_2048", "RSA_3072", "RSA_4096", "SM2", "SYMMETRIC_DEFAULT"];
#[rustfmt::skip]
const DATA_KEY_SPEC_VALUES: &[&str] = &["AES_128", "AES_256"];
#[rustfmt::skip]
const ENCRYPTION_ALGORITHM_SPEC_VALUES: &[&str] = &["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256", "SM2PKE", "SYMMETRIC_DEFAULT"];
#[rustfmt::skip]
const EXPIRATION_MODEL_TYPE_VALUES: &[&str] = &["KEY_MATERIAL_DOES_NOT_EXPIRE", "KEY_MATERIAL_EXPIRES"];
#[rustfmt::skip]
const KEY_AGREEMENT_ALGORITHM_SPEC_VALUES: &[&str] = &["ECDH"];
#[rustfmt::skip]
const KEY_ENCRYPTION_MECHANISM_VALUES: &[&str] = &["RSAES_OAEP_SHA_256"];
#[rustfmt::skip]
const KEY_MANAGER_TYPE_VALUES: &[&str] = &["AWS", "CUSTOMER"];
#[rustfmt::skip]
const KEY_SPEC_VALUES: &[&str] = &["ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "RSA_2048", "RSA_3072", "RSA_4096", "SM2", "SYMMETRIC_DEFAULT"];
#[rustfmt::skip]
const KEY_STATE_VALUES: &[&str] = &["Creating", "Disabled", "Enabled", "PendingDeletion", "PendingImport", "PendingReplicaDeletion", "Unavailable", "Updating"];
#[rustfmt::skip]
const KEY_USAGE_TYPE_VALUES: &[&str] = &["ENCRYPT_DECRYPT", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT", "SIGN_VERIFY"];
#[rustfmt::skip]
const MAC_ALGORITHM_SPEC_VALUES: &[&str] = &["HMAC_SHA_224", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512"];
#[rustfmt::skip]
const MULTI_REGION_KEY_TYPE_VALUES: &[&str] = &["PRIMARY", "REPLICA"];
#[rustfmt::skip]
const ORIGIN_TYPE_VALUES: &[&str] = &["AWS_CLOUDHSM", "AWS_KMS", "EXTERNAL", "EXTERNAL_KEY_STORE"];
#[rustfmt::skip]
const SIGNING_ALGORITHM_SPEC_VALUES: &[&str] = &["ECDSA_SHA_256", "ECDSA_SHA_384", "ECDSA_SHA_512", "RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512", "RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512", "SM2DSA"];
