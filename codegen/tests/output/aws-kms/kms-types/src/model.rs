// Generated from models/aws-kms.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// Contains information about an alias.
#[derive(Clone, Debug, PartialEq)]
pub struct AliasListEntry {
    /// String that contains the key ARN.
    pub alias_arn: rt::Option<rt::String>,
    /// String that contains the alias. This value begins with `alias/`.
    pub alias_name: rt::Option<rt::String>,
    /// Date and time that the alias was most recently created in the account and Region. Formatted as Unix time.
    pub creation_date: rt::Option<rt::DateTime>,
    /// Date and time that the alias was most recently associated with a KMS key in the account and Region. Formatted as Unix time.
    pub last_updated_date: rt::Option<rt::DateTime>,
    /// String that contains the key identifier of the KMS key associated with the alias.
    pub target_key_id: rt::Option<rt::String>,
}
impl AliasListEntry {
    /// A builder for this structure.
    pub fn builder() -> AliasListEntryBuilder {
        AliasListEntryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AliasListEntry {
    /// [`alias_arn`](Self::alias_arn).
    pub fn alias_arn(&self) -> rt::Option<&str> {
        self.alias_arn.as_deref()
    }
    /// [`alias_name`](Self::alias_name).
    pub fn alias_name(&self) -> rt::Option<&str> {
        self.alias_name.as_deref()
    }
    /// [`creation_date`](Self::creation_date).
    pub fn creation_date(&self) -> rt::Option<&rt::DateTime> {
        self.creation_date.as_ref()
    }
    /// [`last_updated_date`](Self::last_updated_date).
    pub fn last_updated_date(&self) -> rt::Option<&rt::DateTime> {
        self.last_updated_date.as_ref()
    }
    /// [`target_key_id`](Self::target_key_id).
    pub fn target_key_id(&self) -> rt::Option<&str> {
        self.target_key_id.as_deref()
    }
}
/// Builds a [`AliasListEntry`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AliasListEntryBuilder {
    /// [`AliasListEntry::alias_arn`](AliasListEntry::alias_arn), if set.
    pub alias_arn: rt::Option<rt::String>,
    /// [`AliasListEntry::alias_name`](AliasListEntry::alias_name), if set.
    pub alias_name: rt::Option<rt::String>,
    /// [`AliasListEntry::creation_date`](AliasListEntry::creation_date), if set.
    pub creation_date: rt::Option<rt::DateTime>,
    /// [`AliasListEntry::last_updated_date`](AliasListEntry::last_updated_date), if set.
    pub last_updated_date: rt::Option<rt::DateTime>,
    /// [`AliasListEntry::target_key_id`](AliasListEntry::target_key_id), if set.
    pub target_key_id: rt::Option<rt::String>,
}
impl AliasListEntryBuilder {
    /// Sets [`AliasListEntry::alias_arn`](AliasListEntry::alias_arn).
    pub fn alias_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.alias_arn = Some(value.into());
        self
    }
    /// Sets or clears [`AliasListEntry::alias_arn`](AliasListEntry::alias_arn).
    pub fn set_alias_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.alias_arn = value;
        self
    }
    /// Sets [`AliasListEntry::alias_name`](AliasListEntry::alias_name).
    pub fn alias_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.alias_name = Some(value.into());
        self
    }
    /// Sets or clears [`AliasListEntry::alias_name`](AliasListEntry::alias_name).
    pub fn set_alias_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.alias_name = value;
        self
    }
    /// Sets [`AliasListEntry::creation_date`](AliasListEntry::creation_date).
    pub fn creation_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.creation_date = Some(value.into());
        self
    }
    /// Sets or clears [`AliasListEntry::creation_date`](AliasListEntry::creation_date).
    pub fn set_creation_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.creation_date = value;
        self
    }
    /// Sets [`AliasListEntry::last_updated_date`](AliasListEntry::last_updated_date).
    pub fn last_updated_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_updated_date = Some(value.into());
        self
    }
    /// Sets or clears [`AliasListEntry::last_updated_date`](AliasListEntry::last_updated_date).
    pub fn set_last_updated_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_updated_date = value;
        self
    }
    /// Sets [`AliasListEntry::target_key_id`](AliasListEntry::target_key_id).
    pub fn target_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.target_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`AliasListEntry::target_key_id`](AliasListEntry::target_key_id).
    pub fn set_target_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.target_key_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AliasListEntry {
        AliasListEntry {
            alias_arn: self.alias_arn,
            alias_name: self.alias_name,
            creation_date: self.creation_date,
            last_updated_date: self.last_updated_date,
            target_key_id: self.target_key_id,
        }
    }
}
/// The (empty) output of `CreateAlias`.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateAliasOutput {
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateAliasOutput {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateAliasOutput {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateAliasOutput {
    /// A builder for this structure.
    pub fn builder() -> CreateAliasOutputBuilder {
        CreateAliasOutputBuilder::default()
    }
}
/// Builds a [`CreateAliasOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateAliasOutputBuilder {}
impl CreateAliasOutputBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateAliasOutput {
        CreateAliasOutput {
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateAliasRequest {
    /// Specifies the alias name. This value must begin with `alias/` followed by a name, such as `alias/ExampleAlias`.
    ///
    /// **Note:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// The `AliasName` value must be string of 1-256 characters. It can contain only alphanumeric characters, forward slashes (/), underscores (_), and dashes (-). The alias name cannot begin with `alias/aws/`. The `alias/aws/` prefix is reserved for [Amazon Web Services managed keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk).
    pub alias_name: rt::String,
    /// Associates the alias with the specified [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk). The KMS key must be in the same Amazon Web Services Region.
    ///
    /// A valid key ID is required. If you supply a null or empty string value, this operation returns an error.
    ///
    /// For help finding the key ID and ARN, see [Finding the Key ID and ARN](https://docs.aws.amazon.com/kms/latest/developerguide/viewing-keys.html#find-cmk-id-arn) in the * *Key Management Service Developer Guide* *.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub target_key_id: rt::String,
}
impl CreateAliasRequest {
    /// A builder for this structure.
    pub fn builder() -> CreateAliasRequestBuilder {
        CreateAliasRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateAliasRequest {
    /// [`alias_name`](Self::alias_name).
    pub fn alias_name(&self) -> &str {
        &self.alias_name
    }
    /// [`target_key_id`](Self::target_key_id).
    pub fn target_key_id(&self) -> &str {
        &self.target_key_id
    }
}
/// Builds a [`CreateAliasRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateAliasRequestBuilder {
    /// [`CreateAliasRequest::alias_name`](CreateAliasRequest::alias_name), if set.
    pub alias_name: rt::Option<rt::String>,
    /// [`CreateAliasRequest::target_key_id`](CreateAliasRequest::target_key_id), if set.
    pub target_key_id: rt::Option<rt::String>,
}
impl CreateAliasRequestBuilder {
    /// Sets [`CreateAliasRequest::alias_name`](CreateAliasRequest::alias_name).
    pub fn alias_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.alias_name = Some(value.into());
        self
    }
    /// Sets or clears [`CreateAliasRequest::alias_name`](CreateAliasRequest::alias_name).
    pub fn set_alias_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.alias_name = value;
        self
    }
    /// Sets [`CreateAliasRequest::target_key_id`](CreateAliasRequest::target_key_id).
    pub fn target_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.target_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateAliasRequest::target_key_id`](CreateAliasRequest::target_key_id).
    pub fn set_target_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.target_key_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateAliasRequest, rt::BuildError> {
        Ok(CreateAliasRequest {
            alias_name: self.alias_name.ok_or(rt::BuildError {
                shape: "CreateAliasRequest",
                member: "AliasName",
            })?,
            target_key_id: self.target_key_id.ok_or(rt::BuildError {
                shape: "CreateAliasRequest",
                member: "TargetKeyId",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateKeyRequest {
    /// Skips ("bypasses") the key policy lockout safety check. The default value is false.
    ///
    /// **Note:** Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not set this value to true indiscriminately.
    ///
    /// For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*.
    ///
    /// Use this parameter only when you intend to prevent the principal that is making the request from making a subsequent [PutKeyPolicy](https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html) request on the KMS key.
    pub bypass_policy_lockout_safety_check: bool,
    /// Creates the KMS key in the specified [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/custom-key-store-overview.html). The `ConnectionState` of the custom key store must be `CONNECTED`. To find the CustomKeyStoreID and ConnectionState use the DescribeCustomKeyStores operation.
    ///
    /// This parameter is valid only for symmetric encryption KMS keys in a single Region. You cannot create any other type of KMS key in a custom key store.
    ///
    /// When you create a KMS key in an CloudHSM key store, KMS generates a non-exportable 256-bit symmetric key in its associated CloudHSM cluster and associates it with the KMS key. When you create a KMS key in an external key store, you must use the `XksKeyId` parameter to specify an external key that serves as key material for the KMS key.
    pub custom_key_store_id: rt::Option<rt::String>,
    /// Instead, use the `KeySpec` parameter.
    ///
    /// The `KeySpec` and `CustomerMasterKeySpec` parameters work the same way. Only the names differ. We recommend that you use `KeySpec` parameter in your code. However, to avoid breaking changes, KMS supports both parameters.
    ///
    /// **Deprecated**. This parameter has been deprecated. Instead, use the KeySpec parameter.
    #[deprecated(
        note = "deprecated in the model. This parameter has been deprecated. Instead, use the KeySpec parameter."
    )]
    pub customer_master_key_spec: rt::Option<CustomerMasterKeySpec>,
    /// A description of the KMS key. Use a description that helps you decide whether the KMS key is appropriate for a task. The default value is an empty string (no description).
    ///
    /// **Note:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// To set or change the description after the key is created, use UpdateKeyDescription.
    pub description: rt::Option<rt::String>,
    /// Specifies the type of KMS key to create. The default value, `SYMMETRIC_DEFAULT`, creates a KMS key with a 256-bit AES-GCM key that is used for encryption and decryption, except in China Regions, where it creates a 128-bit symmetric key that uses SM4 encryption. For help choosing a key spec for your KMS key, see [Choosing a KMS key type](https://docs.aws.amazon.com/kms/latest/developerguide/key-types.html#symm-asymm-choose) in the * *Key Management Service Developer Guide* *.
    ///
    /// The `KeySpec` determines whether the KMS key contains a symmetric key or an asymmetric key pair. It also determines the algorithms that the KMS key supports. You can't change the `KeySpec` after the KMS key is created. To further restrict the algorithms that can be used with the KMS key, use a condition key in its key policy or IAM policy. For more information, see [kms:EncryptionAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/policy-conditions.html#conditions-kms-encryption-algorithm), [kms:MacAlgorithm](https://docs.aws.amazon.com/kms/latest/developerguide/policy-conditions.html#conditions-kms-mac-algorithm) or [kms:Signing Algorithm](https://docs.aws.amazon.com/kms/latest/developerguide/policy-conditions.html#conditions-kms-signing-algorithm) in the * *Key Management Service Developer Guide* *.
    ///
    /// **Note:** [Amazon Web Services services that are integrated with KMS](http://aws.amazon.com/kms/features/#AWS_Service_Integration) use symmetric encryption KMS keys to protect your data. These services do not support asymmetric KMS keys or HMAC KMS keys.
    ///
    /// KMS supports the following key specs for KMS keys:
    ///
    /// - Symmetric encryption key (default)
    /// - `SYMMETRIC_DEFAULT`
    /// - HMAC keys (symmetric)
    /// - `HMAC_224`
    /// - `HMAC_256`
    /// - `HMAC_384`
    /// - `HMAC_512`
    /// - Asymmetric RSA key pairs (encryption and decryption -or- signing and verification)
    /// - `RSA_2048`
    /// - `RSA_3072`
    /// - `RSA_4096`
    /// - Asymmetric NIST-recommended elliptic curve key pairs (signing and verification -or- deriving shared secrets)
    /// - `ECC_NIST_P256` (secp256r1)
    /// - `ECC_NIST_P384` (secp384r1)
    /// - `ECC_NIST_P521` (secp521r1)
    /// - Other asymmetric elliptic curve key pairs (signing and verification)
    /// - `ECC_SECG_P256K1` (secp256k1), commonly used for cryptocurrencies.
    /// - SM2 key pairs (encryption and decryption -or- signing and verification -or- deriving shared secrets)
    /// - `SM2` (China Regions only)
    pub key_spec: rt::Option<KeySpec>,
    /// Determines the [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) for which you can use the KMS key. The default value is `ENCRYPT_DECRYPT`. This parameter is optional when you are creating a symmetric encryption KMS key; otherwise, it is required. You can't change the `KeyUsage` value after the KMS key is created.
    ///
    /// Select only one valid value.
    ///
    /// - For symmetric encryption KMS keys, omit the parameter or specify `ENCRYPT_DECRYPT`.
    /// - For HMAC KMS keys (symmetric), specify `GENERATE_VERIFY_MAC`.
    /// - For asymmetric KMS keys with RSA key pairs, specify `ENCRYPT_DECRYPT` or `SIGN_VERIFY`.
    /// - For asymmetric KMS keys with NIST-recommended elliptic curve key pairs, specify `SIGN_VERIFY` or `KEY_AGREEMENT`.
    /// - For asymmetric KMS keys with `ECC_SECG_P256K1` key pairs specify `SIGN_VERIFY`.
    /// - For asymmetric KMS keys with SM2 key pairs (China Regions only), specify `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, or `KEY_AGREEMENT`.
    pub key_usage: rt::Option<KeyUsageType>,
    /// Creates a multi-Region primary key that you can replicate into other Amazon Web Services Regions. You cannot change this value after you create the KMS key.
    ///
    /// For a multi-Region key, set this parameter to `True`. For a single-Region KMS key, omit this parameter or set it to `False`. The default value is `False`.
    ///
    /// This operation supports *multi-Region keys*, an KMS feature that lets you create multiple interoperable KMS keys in different Amazon Web Services Regions. Because these KMS keys have the same key ID, key material, and other metadata, you can use them interchangeably to encrypt data in one Amazon Web Services Region and decrypt it in a different Amazon Web Services Region without re-encrypting the data or making a cross-Region call. For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
    ///
    /// This value creates a *primary key*, not a replica. To create a *replica key*, use the ReplicateKey operation.
    ///
    /// You can create a symmetric or asymmetric multi-Region key, and you can create a multi-Region key with imported key material. However, you cannot create a multi-Region key in a custom key store.
    pub multi_region: rt::Option<bool>,
    /// The source of the key material for the KMS key. You cannot change the origin after you create the KMS key. The default is `AWS_KMS`, which means that KMS creates the key material.
    ///
    /// To [create a KMS key with no key material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-create-cmk.html) (for imported key material), set this value to `EXTERNAL`. For more information about importing key material into KMS, see [Importing Key Material](https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html) in the *Key Management Service Developer Guide*. The `EXTERNAL` origin value is valid only for symmetric KMS keys.
    ///
    /// To [create a KMS key in an CloudHSM key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-cmk-keystore.html) and create its key material in the associated CloudHSM cluster, set this value to `AWS_CLOUDHSM`. You must also use the `CustomKeyStoreId` parameter to identify the CloudHSM key store. The `KeySpec` value must be `SYMMETRIC_DEFAULT`.
    ///
    /// To [create a KMS key in an external key store](https://docs.aws.amazon.com/kms/latest/developerguide/create-xks-keys.html), set this value to `EXTERNAL_KEY_STORE`. You must also use the `CustomKeyStoreId` parameter to identify the external key store and the `XksKeyId` parameter to identify the associated external key. The `KeySpec` value must be `SYMMETRIC_DEFAULT`.
    pub origin: rt::Option<OriginType>,
    /// The key policy to attach to the KMS key.
    ///
    /// If you provide a key policy, it must meet the following criteria:
    ///
    /// - The key policy must allow the calling principal to make a subsequent `PutKeyPolicy` request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key) in the *Key Management Service Developer Guide*. (To omit this condition, set `BypassPolicyLockoutSafetyCheck` to true.)
    /// - Each statement in the key policy must contain one or more principals. The principals in the key policy must exist and be visible to KMS. When you create a new Amazon Web Services principal, you might need to enforce a delay before including the new principal in a key policy because the new principal might not be immediately visible to KMS. For more information, see [Changes that I make are not always immediately visible](https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency) in the *Amazon Web Services Identity and Access Management User Guide*.
    ///
    /// If you do not provide a key policy, KMS attaches a default key policy to the KMS key. For more information, see [Default key policy](https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html#key-policy-default) in the *Key Management Service Developer Guide*.
    ///
    /// The key policy size quota is 32 kilobytes (32768 bytes).
    ///
    /// For help writing and formatting a JSON policy document, see the [IAM JSON Policy Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html) in the * *Identity and Access Management User Guide* *.
    pub policy: rt::Option<rt::String>,
    /// Assigns one or more tags to the KMS key. Use this parameter to tag the KMS key when it is created. To tag an existing KMS key, use the TagResource operation.
    ///
    /// **Note:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// **Note:** Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see [ABAC for KMS](https://docs.aws.amazon.com/kms/latest/developerguide/abac.html) in the *Key Management Service Developer Guide*.
    ///
    /// To use this parameter, you must have [kms:TagResource](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) permission in an IAM policy.
    ///
    /// Each tag consists of a tag key and a tag value. Both the tag key and the tag value are required, but the tag value can be an empty (null) string. You cannot have more than one tag on a KMS key with the same tag key. If you specify an existing tag key with a different tag value, KMS replaces the current tag value with the specified one.
    ///
    /// When you add tags to an Amazon Web Services resource, Amazon Web Services generates a cost allocation report with usage and costs aggregated by tags. Tags can also be used to control access to a KMS key. For details, see [Tagging Keys](https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html).
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// Identifies the [external key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) that serves as key material for the KMS key in an [external key store](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html). Specify the ID that the [external key store proxy](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-xks-proxy) uses to refer to the external key. For help, see the documentation for your external key store proxy.
    ///
    /// This parameter is required for a KMS key with an `Origin` value of `EXTERNAL_KEY_STORE`. It is not valid for KMS keys with any other `Origin` value.
    ///
    /// The external key must be an existing 256-bit AES symmetric encryption key hosted outside of Amazon Web Services in an external key manager associated with the external key store specified by the `CustomKeyStoreId` parameter. This key must be enabled and configured to perform encryption and decryption. Each KMS key in an external key store must use a different external key. For details, see [Requirements for a KMS key in an external key store](https://docs.aws.amazon.com/create-xks-keys.html#xks-key-requirements) in the *Key Management Service Developer Guide*.
    ///
    /// Each KMS key in an external key store is associated two backing keys. One is key material that KMS generates. The other is the external key specified by this parameter. When you use the KMS key in an external key store to encrypt data, the encryption operation is performed first by KMS using the KMS key material, and then by the external key manager using the specified external key, a process known as *double encryption*. For details, see [Double encryption](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-double-encryption) in the *Key Management Service Developer Guide*.
    pub xks_key_id: rt::Option<rt::String>,
}
impl CreateKeyRequest {
    /// A builder for this structure.
    pub fn builder() -> CreateKeyRequestBuilder {
        CreateKeyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateKeyRequest {
    /// [`bypass_policy_lockout_safety_check`](Self::bypass_policy_lockout_safety_check).
    pub fn bypass_policy_lockout_safety_check(&self) -> bool {
        self.bypass_policy_lockout_safety_check
    }
    /// [`custom_key_store_id`](Self::custom_key_store_id).
    pub fn custom_key_store_id(&self) -> rt::Option<&str> {
        self.custom_key_store_id.as_deref()
    }
    /// [`customer_master_key_spec`](Self::customer_master_key_spec).
    #[deprecated(
        note = "deprecated in the model. This parameter has been deprecated. Instead, use the KeySpec parameter."
    )]
    pub fn customer_master_key_spec(&self) -> rt::Option<&CustomerMasterKeySpec> {
        self.customer_master_key_spec.as_ref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`key_spec`](Self::key_spec).
    pub fn key_spec(&self) -> rt::Option<&KeySpec> {
        self.key_spec.as_ref()
    }
    /// [`key_usage`](Self::key_usage).
    pub fn key_usage(&self) -> rt::Option<&KeyUsageType> {
        self.key_usage.as_ref()
    }
    /// [`multi_region`](Self::multi_region).
    pub fn multi_region(&self) -> rt::Option<bool> {
        self.multi_region
    }
    /// [`origin`](Self::origin).
    pub fn origin(&self) -> rt::Option<&OriginType> {
        self.origin.as_ref()
    }
    /// [`policy`](Self::policy).
    pub fn policy(&self) -> rt::Option<&str> {
        self.policy.as_deref()
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// [`xks_key_id`](Self::xks_key_id).
    pub fn xks_key_id(&self) -> rt::Option<&str> {
        self.xks_key_id.as_deref()
    }
}
/// Builds a [`CreateKeyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateKeyRequestBuilder {
    /// [`CreateKeyRequest::bypass_policy_lockout_safety_check`](CreateKeyRequest::bypass_policy_lockout_safety_check), if set.
    pub bypass_policy_lockout_safety_check: rt::Option<bool>,
    /// [`CreateKeyRequest::custom_key_store_id`](CreateKeyRequest::custom_key_store_id), if set.
    pub custom_key_store_id: rt::Option<rt::String>,
    /// [`CreateKeyRequest::customer_master_key_spec`](CreateKeyRequest::customer_master_key_spec), if set.
    pub customer_master_key_spec: rt::Option<CustomerMasterKeySpec>,
    /// [`CreateKeyRequest::description`](CreateKeyRequest::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`CreateKeyRequest::key_spec`](CreateKeyRequest::key_spec), if set.
    pub key_spec: rt::Option<KeySpec>,
    /// [`CreateKeyRequest::key_usage`](CreateKeyRequest::key_usage), if set.
    pub key_usage: rt::Option<KeyUsageType>,
    /// [`CreateKeyRequest::multi_region`](CreateKeyRequest::multi_region), if set.
    pub multi_region: rt::Option<bool>,
    /// [`CreateKeyRequest::origin`](CreateKeyRequest::origin), if set.
    pub origin: rt::Option<OriginType>,
    /// [`CreateKeyRequest::policy`](CreateKeyRequest::policy), if set.
    pub policy: rt::Option<rt::String>,
    /// [`CreateKeyRequest::tags`](CreateKeyRequest::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// [`CreateKeyRequest::xks_key_id`](CreateKeyRequest::xks_key_id), if set.
    pub xks_key_id: rt::Option<rt::String>,
}
impl CreateKeyRequestBuilder {
    /// Sets [`CreateKeyRequest::bypass_policy_lockout_safety_check`](CreateKeyRequest::bypass_policy_lockout_safety_check).
    pub fn bypass_policy_lockout_safety_check(mut self, value: impl rt::Into<bool>) -> Self {
        self.bypass_policy_lockout_safety_check = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::bypass_policy_lockout_safety_check`](CreateKeyRequest::bypass_policy_lockout_safety_check).
    pub fn set_bypass_policy_lockout_safety_check(mut self, value: rt::Option<bool>) -> Self {
        self.bypass_policy_lockout_safety_check = value;
        self
    }
    /// Sets [`CreateKeyRequest::custom_key_store_id`](CreateKeyRequest::custom_key_store_id).
    pub fn custom_key_store_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.custom_key_store_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::custom_key_store_id`](CreateKeyRequest::custom_key_store_id).
    pub fn set_custom_key_store_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.custom_key_store_id = value;
        self
    }
    /// Sets [`CreateKeyRequest::customer_master_key_spec`](CreateKeyRequest::customer_master_key_spec).
    pub fn customer_master_key_spec(mut self, value: impl rt::Into<CustomerMasterKeySpec>) -> Self {
        self.customer_master_key_spec = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::customer_master_key_spec`](CreateKeyRequest::customer_master_key_spec).
    pub fn set_customer_master_key_spec(
        mut self,
        value: rt::Option<CustomerMasterKeySpec>,
    ) -> Self {
        self.customer_master_key_spec = value;
        self
    }
    /// Sets [`CreateKeyRequest::description`](CreateKeyRequest::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::description`](CreateKeyRequest::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`CreateKeyRequest::key_spec`](CreateKeyRequest::key_spec).
    pub fn key_spec(mut self, value: impl rt::Into<KeySpec>) -> Self {
        self.key_spec = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::key_spec`](CreateKeyRequest::key_spec).
    pub fn set_key_spec(mut self, value: rt::Option<KeySpec>) -> Self {
        self.key_spec = value;
        self
    }
    /// Sets [`CreateKeyRequest::key_usage`](CreateKeyRequest::key_usage).
    pub fn key_usage(mut self, value: impl rt::Into<KeyUsageType>) -> Self {
        self.key_usage = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::key_usage`](CreateKeyRequest::key_usage).
    pub fn set_key_usage(mut self, value: rt::Option<KeyUsageType>) -> Self {
        self.key_usage = value;
        self
    }
    /// Sets [`CreateKeyRequest::multi_region`](CreateKeyRequest::multi_region).
    pub fn multi_region(mut self, value: impl rt::Into<bool>) -> Self {
        self.multi_region = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::multi_region`](CreateKeyRequest::multi_region).
    pub fn set_multi_region(mut self, value: rt::Option<bool>) -> Self {
        self.multi_region = value;
        self
    }
    /// Sets [`CreateKeyRequest::origin`](CreateKeyRequest::origin).
    pub fn origin(mut self, value: impl rt::Into<OriginType>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::origin`](CreateKeyRequest::origin).
    pub fn set_origin(mut self, value: rt::Option<OriginType>) -> Self {
        self.origin = value;
        self
    }
    /// Sets [`CreateKeyRequest::policy`](CreateKeyRequest::policy).
    pub fn policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::policy`](CreateKeyRequest::policy).
    pub fn set_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy = value;
        self
    }
    /// Appends one element to [`CreateKeyRequest::tags`](CreateKeyRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::tags`](CreateKeyRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// Sets [`CreateKeyRequest::xks_key_id`](CreateKeyRequest::xks_key_id).
    pub fn xks_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.xks_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyRequest::xks_key_id`](CreateKeyRequest::xks_key_id).
    pub fn set_xks_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.xks_key_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateKeyRequest {
        CreateKeyRequest {
            bypass_policy_lockout_safety_check: self
                .bypass_policy_lockout_safety_check
                .unwrap_or_default(),
            custom_key_store_id: self.custom_key_store_id,
            customer_master_key_spec: self.customer_master_key_spec,
            description: self.description,
            key_spec: self.key_spec,
            key_usage: self.key_usage,
            multi_region: self.multi_region,
            origin: self.origin,
            policy: self.policy,
            tags: self.tags,
            xks_key_id: self.xks_key_id,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateKeyResponse {
    /// Metadata associated with the KMS key.
    pub key_metadata: rt::Option<KeyMetadata>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateKeyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateKeyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateKeyResponse {
    /// A builder for this structure.
    pub fn builder() -> CreateKeyResponseBuilder {
        CreateKeyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateKeyResponse {
    /// [`key_metadata`](Self::key_metadata).
    pub fn key_metadata(&self) -> rt::Option<&KeyMetadata> {
        self.key_metadata.as_ref()
    }
}
/// Builds a [`CreateKeyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateKeyResponseBuilder {
    /// [`CreateKeyResponse::key_metadata`](CreateKeyResponse::key_metadata), if set.
    pub key_metadata: rt::Option<KeyMetadata>,
}
impl CreateKeyResponseBuilder {
    /// Sets [`CreateKeyResponse::key_metadata`](CreateKeyResponse::key_metadata).
    pub fn key_metadata(mut self, value: impl rt::Into<KeyMetadata>) -> Self {
        self.key_metadata = Some(value.into());
        self
    }
    /// Sets or clears [`CreateKeyResponse::key_metadata`](CreateKeyResponse::key_metadata).
    pub fn set_key_metadata(mut self, value: rt::Option<KeyMetadata>) -> Self {
        self.key_metadata = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateKeyResponse {
        CreateKeyResponse {
            key_metadata: self.key_metadata,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DecryptRequest {
    /// Ciphertext to be decrypted. The blob includes metadata.
    pub ciphertext_blob: rt::Blob,
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your KMS API calls](https://docs.aws.amazon.com/kms/latest/developerguide/programming-dryrun.html) in the *Key Management Service Developer Guide*.
    pub dry_run: rt::Option<bool>,
    /// Specifies the encryption algorithm that will be used to decrypt the ciphertext. Specify the same algorithm that was used to encrypt the data. If you specify a different algorithm, the `Decrypt` operation fails.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key. The default value, `SYMMETRIC_DEFAULT`, represents the only supported algorithm that is valid for symmetric encryption KMS keys.
    pub encryption_algorithm: rt::Option<EncryptionAlgorithmSpec>,
    /// Specifies the encryption context to use when decrypting the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context) in the *Key Management Service Developer Guide*.
    pub encryption_context: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grant-manage.html#using-grant-token) in the *Key Management Service Developer Guide*.
    pub grant_tokens: rt::Option<rt::Vec<rt::String>>,
    /// Specifies the KMS key that KMS uses to decrypt the ciphertext.
    ///
    /// Enter a key ID of the KMS key that was used to encrypt the ciphertext. If you identify a different KMS key, the `Decrypt` operation throws an `IncorrectKeyException`.
    ///
    /// This parameter is required only when the ciphertext was encrypted under an asymmetric KMS key. If you used a symmetric encryption KMS key, KMS can get the KMS key from metadata that it adds to the symmetric ciphertext blob. However, it is always recommended as a best practice. This practice ensures that you use the KMS key that you intend.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: rt::Option<rt::String>,
    /// A signed [attestation document](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-concepts.html#term-attestdoc) from an Amazon Web Services Nitro enclave and the encryption algorithm to use with the enclave's public key. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`.
    ///
    /// This parameter only supports attestation documents for Amazon Web Services Nitro Enclaves. To include this parameter, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK.
    ///
    /// When you use this parameter, instead of returning the plaintext data, KMS encrypts the plaintext data with the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the enclave. The `Plaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves, see [How Amazon Web Services Nitro Enclaves uses KMS](https://docs.aws.amazon.com/kms/latest/developerguide/services-nitro-enclaves.html) in the *Key Management Service Developer Guide*.
    pub recipient: rt::Option<RecipientInfo>,
}
impl DecryptRequest {
    /// A builder for this structure.
    pub fn builder() -> DecryptRequestBuilder {
        DecryptRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DecryptRequest {
    /// [`ciphertext_blob`](Self::ciphertext_blob).
    pub fn ciphertext_blob(&self) -> &rt::Blob {
        &self.ciphertext_blob
    }
    /// [`dry_run`](Self::dry_run).
    pub fn dry_run(&self) -> rt::Option<bool> {
        self.dry_run
    }
    /// [`encryption_algorithm`](Self::encryption_algorithm).
    pub fn encryption_algorithm(&self) -> rt::Option<&EncryptionAlgorithmSpec> {
        self.encryption_algorithm.as_ref()
    }
    /// [`encryption_context`](Self::encryption_context).
    pub fn encryption_context(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.encryption_context.as_ref()
    }
    /// [`grant_tokens`](Self::grant_tokens), empty when unset.
    pub fn grant_tokens(&self) -> &[rt::String] {
        self.grant_tokens.as_deref().unwrap_or_default()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> rt::Option<&str> {
        self.key_id.as_deref()
    }
    /// [`recipient`](Self::recipient).
    pub fn recipient(&self) -> rt::Option<&RecipientInfo> {
        self.recipient.as_ref()
    }
}
/// Builds a [`DecryptRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DecryptRequestBuilder {
    /// [`DecryptRequest::ciphertext_blob`](DecryptRequest::ciphertext_blob), if set.
    pub ciphertext_blob: rt::Option<rt::Blob>,
    /// [`DecryptRequest::dry_run`](DecryptRequest::dry_run), if set.
    pub dry_run: rt::Option<bool>,
    /// [`DecryptRequest::encryption_algorithm`](DecryptRequest::encryption_algorithm), if set.
    pub encryption_algorithm: rt::Option<EncryptionAlgorithmSpec>,
    /// [`DecryptRequest::encryption_context`](DecryptRequest::encryption_context), if set.
    pub encryption_context: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`DecryptRequest::grant_tokens`](DecryptRequest::grant_tokens), if set.
    pub grant_tokens: rt::Option<rt::Vec<rt::String>>,
    /// [`DecryptRequest::key_id`](DecryptRequest::key_id), if set.
    pub key_id: rt::Option<rt::String>,
    /// [`DecryptRequest::recipient`](DecryptRequest::recipient), if set.
    pub recipient: rt::Option<RecipientInfo>,
}
impl DecryptRequestBuilder {
    /// Sets [`DecryptRequest::ciphertext_blob`](DecryptRequest::ciphertext_blob).
    pub fn ciphertext_blob(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.ciphertext_blob = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptRequest::ciphertext_blob`](DecryptRequest::ciphertext_blob).
    pub fn set_ciphertext_blob(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.ciphertext_blob = value;
        self
    }
    /// Sets [`DecryptRequest::dry_run`](DecryptRequest::dry_run).
    pub fn dry_run(mut self, value: impl rt::Into<bool>) -> Self {
        self.dry_run = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptRequest::dry_run`](DecryptRequest::dry_run).
    pub fn set_dry_run(mut self, value: rt::Option<bool>) -> Self {
        self.dry_run = value;
        self
    }
    /// Sets [`DecryptRequest::encryption_algorithm`](DecryptRequest::encryption_algorithm).
    pub fn encryption_algorithm(mut self, value: impl rt::Into<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptRequest::encryption_algorithm`](DecryptRequest::encryption_algorithm).
    pub fn set_encryption_algorithm(mut self, value: rt::Option<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithm = value;
        self
    }
    /// Inserts one entry into [`DecryptRequest::encryption_context`](DecryptRequest::encryption_context).
    pub fn encryption_context(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.encryption_context
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`DecryptRequest::encryption_context`](DecryptRequest::encryption_context).
    pub fn set_encryption_context(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.encryption_context = value;
        self
    }
    /// Appends one element to [`DecryptRequest::grant_tokens`](DecryptRequest::grant_tokens).
    pub fn grant_tokens(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_tokens
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DecryptRequest::grant_tokens`](DecryptRequest::grant_tokens).
    pub fn set_grant_tokens(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.grant_tokens = value;
        self
    }
    /// Sets [`DecryptRequest::key_id`](DecryptRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptRequest::key_id`](DecryptRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// Sets [`DecryptRequest::recipient`](DecryptRequest::recipient).
    pub fn recipient(mut self, value: impl rt::Into<RecipientInfo>) -> Self {
        self.recipient = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptRequest::recipient`](DecryptRequest::recipient).
    pub fn set_recipient(mut self, value: rt::Option<RecipientInfo>) -> Self {
        self.recipient = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DecryptRequest, rt::BuildError> {
        Ok(DecryptRequest {
            ciphertext_blob: self.ciphertext_blob.ok_or(rt::BuildError {
                shape: "DecryptRequest",
                member: "CiphertextBlob",
            })?,
            dry_run: self.dry_run,
            encryption_algorithm: self.encryption_algorithm,
            encryption_context: self.encryption_context,
            grant_tokens: self.grant_tokens,
            key_id: self.key_id,
            recipient: self.recipient,
        })
    }
}
#[derive(Clone, PartialEq)]
pub struct DecryptResponse {
    /// The plaintext data encrypted with the public key in the attestation document.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves, see [How Amazon Web Services Nitro Enclaves uses KMS](https://docs.aws.amazon.com/kms/latest/developerguide/services-nitro-enclaves.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: rt::Option<rt::Blob>,
    /// The encryption algorithm that was used to decrypt the ciphertext.
    pub encryption_algorithm: rt::Option<EncryptionAlgorithmSpec>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to decrypt the ciphertext.
    pub key_id: rt::Option<rt::String>,
    /// Decrypted plaintext data. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
    pub plaintext: rt::Option<rt::Blob>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DecryptResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DecryptResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DecryptResponse {
    /// A builder for this structure.
    pub fn builder() -> DecryptResponseBuilder {
        DecryptResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DecryptResponse {
    /// [`ciphertext_for_recipient`](Self::ciphertext_for_recipient).
    pub fn ciphertext_for_recipient(&self) -> rt::Option<&rt::Blob> {
        self.ciphertext_for_recipient.as_ref()
    }
    /// [`encryption_algorithm`](Self::encryption_algorithm).
    pub fn encryption_algorithm(&self) -> rt::Option<&EncryptionAlgorithmSpec> {
        self.encryption_algorithm.as_ref()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> rt::Option<&str> {
        self.key_id.as_deref()
    }
    /// [`plaintext`](Self::plaintext).
    pub fn plaintext(&self) -> rt::Option<&rt::Blob> {
        self.plaintext.as_ref()
    }
}
/// Builds a [`DecryptResponse`].
#[derive(Clone, Default, PartialEq)]
pub struct DecryptResponseBuilder {
    /// [`DecryptResponse::ciphertext_for_recipient`](DecryptResponse::ciphertext_for_recipient), if set.
    pub ciphertext_for_recipient: rt::Option<rt::Blob>,
    /// [`DecryptResponse::encryption_algorithm`](DecryptResponse::encryption_algorithm), if set.
    pub encryption_algorithm: rt::Option<EncryptionAlgorithmSpec>,
    /// [`DecryptResponse::key_id`](DecryptResponse::key_id), if set.
    pub key_id: rt::Option<rt::String>,
    /// [`DecryptResponse::plaintext`](DecryptResponse::plaintext), if set.
    pub plaintext: rt::Option<rt::Blob>,
}
impl DecryptResponseBuilder {
    /// Sets [`DecryptResponse::ciphertext_for_recipient`](DecryptResponse::ciphertext_for_recipient).
    pub fn ciphertext_for_recipient(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.ciphertext_for_recipient = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptResponse::ciphertext_for_recipient`](DecryptResponse::ciphertext_for_recipient).
    pub fn set_ciphertext_for_recipient(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.ciphertext_for_recipient = value;
        self
    }
    /// Sets [`DecryptResponse::encryption_algorithm`](DecryptResponse::encryption_algorithm).
    pub fn encryption_algorithm(mut self, value: impl rt::Into<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptResponse::encryption_algorithm`](DecryptResponse::encryption_algorithm).
    pub fn set_encryption_algorithm(mut self, value: rt::Option<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithm = value;
        self
    }
    /// Sets [`DecryptResponse::key_id`](DecryptResponse::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptResponse::key_id`](DecryptResponse::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// Sets [`DecryptResponse::plaintext`](DecryptResponse::plaintext).
    pub fn plaintext(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.plaintext = Some(value.into());
        self
    }
    /// Sets or clears [`DecryptResponse::plaintext`](DecryptResponse::plaintext).
    pub fn set_plaintext(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.plaintext = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DecryptResponse {
        DecryptResponse {
            ciphertext_for_recipient: self.ciphertext_for_recipient,
            encryption_algorithm: self.encryption_algorithm,
            key_id: self.key_id,
            plaintext: self.plaintext,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for DecryptResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DecryptResponse")
            .field("CiphertextForRecipient", &self.ciphertext_for_recipient)
            .field("EncryptionAlgorithm", &self.encryption_algorithm)
            .field("KeyId", &self.key_id)
            .field("Plaintext", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
impl ::std::fmt::Debug for DecryptResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DecryptResponseBuilder")
            .field("CiphertextForRecipient", &self.ciphertext_for_recipient)
            .field("EncryptionAlgorithm", &self.encryption_algorithm)
            .field("KeyId", &self.key_id)
            .field("Plaintext", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeKeyRequest {
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grant-manage.html#using-grant-token) in the *Key Management Service Developer Guide*.
    pub grant_tokens: rt::Option<rt::Vec<rt::String>>,
    /// Describes the specified KMS key.
    ///
    /// If you specify a predefined Amazon Web Services alias (an Amazon Web Services alias with no key ID), KMS associates the alias with an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html##aws-managed-cmk) and returns its `KeyId` and `Arn` in the response.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: rt::String,
}
impl DescribeKeyRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeKeyRequestBuilder {
        DescribeKeyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeKeyRequest {
    /// [`grant_tokens`](Self::grant_tokens), empty when unset.
    pub fn grant_tokens(&self) -> &[rt::String] {
        self.grant_tokens.as_deref().unwrap_or_default()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> &str {
        &self.key_id
    }
}
/// Builds a [`DescribeKeyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeKeyRequestBuilder {
    /// [`DescribeKeyRequest::grant_tokens`](DescribeKeyRequest::grant_tokens), if set.
    pub grant_tokens: rt::Option<rt::Vec<rt::String>>,
    /// [`DescribeKeyRequest::key_id`](DescribeKeyRequest::key_id), if set.
    pub key_id: rt::Option<rt::String>,
}
impl DescribeKeyRequestBuilder {
    /// Appends one element to [`DescribeKeyRequest::grant_tokens`](DescribeKeyRequest::grant_tokens).
    pub fn grant_tokens(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_tokens
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeKeyRequest::grant_tokens`](DescribeKeyRequest::grant_tokens).
    pub fn set_grant_tokens(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.grant_tokens = value;
        self
    }
    /// Sets [`DescribeKeyRequest::key_id`](DescribeKeyRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeKeyRequest::key_id`](DescribeKeyRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeKeyRequest, rt::BuildError> {
        Ok(DescribeKeyRequest {
            grant_tokens: self.grant_tokens,
            key_id: self.key_id.ok_or(rt::BuildError {
                shape: "DescribeKeyRequest",
                member: "KeyId",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeKeyResponse {
    /// Metadata associated with the key.
    pub key_metadata: rt::Option<KeyMetadata>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeKeyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeKeyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeKeyResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeKeyResponseBuilder {
        DescribeKeyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeKeyResponse {
    /// [`key_metadata`](Self::key_metadata).
    pub fn key_metadata(&self) -> rt::Option<&KeyMetadata> {
        self.key_metadata.as_ref()
    }
}
/// Builds a [`DescribeKeyResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeKeyResponseBuilder {
    /// [`DescribeKeyResponse::key_metadata`](DescribeKeyResponse::key_metadata), if set.
    pub key_metadata: rt::Option<KeyMetadata>,
}
impl DescribeKeyResponseBuilder {
    /// Sets [`DescribeKeyResponse::key_metadata`](DescribeKeyResponse::key_metadata).
    pub fn key_metadata(mut self, value: impl rt::Into<KeyMetadata>) -> Self {
        self.key_metadata = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeKeyResponse::key_metadata`](DescribeKeyResponse::key_metadata).
    pub fn set_key_metadata(mut self, value: rt::Option<KeyMetadata>) -> Self {
        self.key_metadata = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeKeyResponse {
        DescribeKeyResponse {
            key_metadata: self.key_metadata,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct EncryptRequest {
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your KMS API calls](https://docs.aws.amazon.com/kms/latest/developerguide/programming-dryrun.html) in the *Key Management Service Developer Guide*.
    pub dry_run: rt::Option<bool>,
    /// Specifies the encryption algorithm that KMS will use to encrypt the plaintext message. The algorithm must be compatible with the KMS key that you specify.
    ///
    /// This parameter is required only for asymmetric KMS keys. The default value, `SYMMETRIC_DEFAULT`, is the algorithm used for symmetric encryption KMS keys. If you are using an asymmetric KMS key, we recommend RSAES_OAEP_SHA_256.
    ///
    /// The SM2PKE algorithm is only available in China Regions.
    pub encryption_algorithm: rt::Option<EncryptionAlgorithmSpec>,
    /// Specifies the encryption context that will be used to encrypt the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context.
    ///
    /// **Note:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context) in the *Key Management Service Developer Guide*.
    pub encryption_context: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grant-manage.html#using-grant-token) in the *Key Management Service Developer Guide*.
    pub grant_tokens: rt::Option<rt::Vec<rt::String>>,
    /// Identifies the KMS key to use in the encryption operation. The KMS key must have a `KeyUsage` of `ENCRYPT_DECRYPT`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: rt::String,
    /// Data to be encrypted.
    pub plaintext: rt::Blob,
}
impl EncryptRequest {
    /// A builder for this structure.
    pub fn builder() -> EncryptRequestBuilder {
        EncryptRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl EncryptRequest {
    /// [`dry_run`](Self::dry_run).
    pub fn dry_run(&self) -> rt::Option<bool> {
        self.dry_run
    }
    /// [`encryption_algorithm`](Self::encryption_algorithm).
    pub fn encryption_algorithm(&self) -> rt::Option<&EncryptionAlgorithmSpec> {
        self.encryption_algorithm.as_ref()
    }
    /// [`encryption_context`](Self::encryption_context).
    pub fn encryption_context(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.encryption_context.as_ref()
    }
    /// [`grant_tokens`](Self::grant_tokens), empty when unset.
    pub fn grant_tokens(&self) -> &[rt::String] {
        self.grant_tokens.as_deref().unwrap_or_default()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> &str {
        &self.key_id
    }
    /// [`plaintext`](Self::plaintext).
    pub fn plaintext(&self) -> &rt::Blob {
        &self.plaintext
    }
}
/// Builds a [`EncryptRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct EncryptRequestBuilder {
    /// [`EncryptRequest::dry_run`](EncryptRequest::dry_run), if set.
    pub dry_run: rt::Option<bool>,
    /// [`EncryptRequest::encryption_algorithm`](EncryptRequest::encryption_algorithm), if set.
    pub encryption_algorithm: rt::Option<EncryptionAlgorithmSpec>,
    /// [`EncryptRequest::encryption_context`](EncryptRequest::encryption_context), if set.
    pub encryption_context: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`EncryptRequest::grant_tokens`](EncryptRequest::grant_tokens), if set.
    pub grant_tokens: rt::Option<rt::Vec<rt::String>>,
    /// [`EncryptRequest::key_id`](EncryptRequest::key_id), if set.
    pub key_id: rt::Option<rt::String>,
    /// [`EncryptRequest::plaintext`](EncryptRequest::plaintext), if set.
    pub plaintext: rt::Option<rt::Blob>,
}
impl EncryptRequestBuilder {
    /// Sets [`EncryptRequest::dry_run`](EncryptRequest::dry_run).
    pub fn dry_run(mut self, value: impl rt::Into<bool>) -> Self {
        self.dry_run = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptRequest::dry_run`](EncryptRequest::dry_run).
    pub fn set_dry_run(mut self, value: rt::Option<bool>) -> Self {
        self.dry_run = value;
        self
    }
    /// Sets [`EncryptRequest::encryption_algorithm`](EncryptRequest::encryption_algorithm).
    pub fn encryption_algorithm(mut self, value: impl rt::Into<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptRequest::encryption_algorithm`](EncryptRequest::encryption_algorithm).
    pub fn set_encryption_algorithm(mut self, value: rt::Option<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithm = value;
        self
    }
    /// Inserts one entry into [`EncryptRequest::encryption_context`](EncryptRequest::encryption_context).
    pub fn encryption_context(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.encryption_context
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`EncryptRequest::encryption_context`](EncryptRequest::encryption_context).
    pub fn set_encryption_context(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.encryption_context = value;
        self
    }
    /// Appends one element to [`EncryptRequest::grant_tokens`](EncryptRequest::grant_tokens).
    pub fn grant_tokens(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_tokens
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`EncryptRequest::grant_tokens`](EncryptRequest::grant_tokens).
    pub fn set_grant_tokens(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.grant_tokens = value;
        self
    }
    /// Sets [`EncryptRequest::key_id`](EncryptRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptRequest::key_id`](EncryptRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// Sets [`EncryptRequest::plaintext`](EncryptRequest::plaintext).
    pub fn plaintext(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.plaintext = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptRequest::plaintext`](EncryptRequest::plaintext).
    pub fn set_plaintext(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.plaintext = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<EncryptRequest, rt::BuildError> {
        Ok(EncryptRequest {
            dry_run: self.dry_run,
            encryption_algorithm: self.encryption_algorithm,
            encryption_context: self.encryption_context,
            grant_tokens: self.grant_tokens,
            key_id: self.key_id.ok_or(rt::BuildError {
                shape: "EncryptRequest",
                member: "KeyId",
            })?,
            plaintext: self.plaintext.ok_or(rt::BuildError {
                shape: "EncryptRequest",
                member: "Plaintext",
            })?,
        })
    }
}
impl ::std::fmt::Debug for EncryptRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EncryptRequest")
            .field("DryRun", &self.dry_run)
            .field("EncryptionAlgorithm", &self.encryption_algorithm)
            .field("EncryptionContext", &self.encryption_context)
            .field("GrantTokens", &self.grant_tokens)
            .field("KeyId", &self.key_id)
            .field("Plaintext", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
impl ::std::fmt::Debug for EncryptRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EncryptRequestBuilder")
            .field("DryRun", &self.dry_run)
            .field("EncryptionAlgorithm", &self.encryption_algorithm)
            .field("EncryptionContext", &self.encryption_context)
            .field("GrantTokens", &self.grant_tokens)
            .field("KeyId", &self.key_id)
            .field("Plaintext", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct EncryptResponse {
    /// The encrypted plaintext. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: rt::Option<rt::Blob>,
    /// The encryption algorithm that was used to encrypt the plaintext.
    pub encryption_algorithm: rt::Option<EncryptionAlgorithmSpec>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to encrypt the plaintext.
    pub key_id: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for EncryptResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for EncryptResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl EncryptResponse {
    /// A builder for this structure.
    pub fn builder() -> EncryptResponseBuilder {
        EncryptResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl EncryptResponse {
    /// [`ciphertext_blob`](Self::ciphertext_blob).
    pub fn ciphertext_blob(&self) -> rt::Option<&rt::Blob> {
        self.ciphertext_blob.as_ref()
    }
    /// [`encryption_algorithm`](Self::encryption_algorithm).
    pub fn encryption_algorithm(&self) -> rt::Option<&EncryptionAlgorithmSpec> {
        self.encryption_algorithm.as_ref()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> rt::Option<&str> {
        self.key_id.as_deref()
    }
}
/// Builds a [`EncryptResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EncryptResponseBuilder {
    /// [`EncryptResponse::ciphertext_blob`](EncryptResponse::ciphertext_blob), if set.
    pub ciphertext_blob: rt::Option<rt::Blob>,
    /// [`EncryptResponse::encryption_algorithm`](EncryptResponse::encryption_algorithm), if set.
    pub encryption_algorithm: rt::Option<EncryptionAlgorithmSpec>,
    /// [`EncryptResponse::key_id`](EncryptResponse::key_id), if set.
    pub key_id: rt::Option<rt::String>,
}
impl EncryptResponseBuilder {
    /// Sets [`EncryptResponse::ciphertext_blob`](EncryptResponse::ciphertext_blob).
    pub fn ciphertext_blob(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.ciphertext_blob = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptResponse::ciphertext_blob`](EncryptResponse::ciphertext_blob).
    pub fn set_ciphertext_blob(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.ciphertext_blob = value;
        self
    }
    /// Sets [`EncryptResponse::encryption_algorithm`](EncryptResponse::encryption_algorithm).
    pub fn encryption_algorithm(mut self, value: impl rt::Into<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptResponse::encryption_algorithm`](EncryptResponse::encryption_algorithm).
    pub fn set_encryption_algorithm(mut self, value: rt::Option<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithm = value;
        self
    }
    /// Sets [`EncryptResponse::key_id`](EncryptResponse::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`EncryptResponse::key_id`](EncryptResponse::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> EncryptResponse {
        EncryptResponse {
            ciphertext_blob: self.ciphertext_blob,
            encryption_algorithm: self.encryption_algorithm,
            key_id: self.key_id,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GenerateDataKeyRequest {
    /// Checks if your request will succeed. `DryRun` is an optional parameter.
    ///
    /// To learn more about how to use this parameter, see [Testing your KMS API calls](https://docs.aws.amazon.com/kms/latest/developerguide/programming-dryrun.html) in the *Key Management Service Developer Guide*.
    pub dry_run: rt::Option<bool>,
    /// Specifies the encryption context that will be used when encrypting the data key.
    ///
    /// **Note:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
    ///
    /// An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
    ///
    /// For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context) in the *Key Management Service Developer Guide*.
    pub encryption_context: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// A list of grant tokens.
    ///
    /// Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grant-manage.html#using-grant-token) in the *Key Management Service Developer Guide*.
    pub grant_tokens: rt::Option<rt::Vec<rt::String>>,
    /// Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the DescribeKey operation.
    ///
    /// To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Alias name: `alias/ExampleAlias`
    /// - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey. To get the alias name and alias ARN, use ListAliases.
    pub key_id: rt::String,
    /// Specifies the length of the data key. Use `AES_128` to generate a 128-bit symmetric key, or `AES_256` to generate a 256-bit symmetric key.
    ///
    /// You must specify either the `KeySpec` or the `NumberOfBytes` parameter (but not both) in every `GenerateDataKey` request.
    pub key_spec: rt::Option<DataKeySpec>,
    /// Specifies the length of the data key in bytes. For example, use the value 64 to generate a 512-bit data key (64 bytes is 512 bits). For 128-bit (16-byte) and 256-bit (32-byte) data keys, use the `KeySpec` parameter.
    ///
    /// You must specify either the `KeySpec` or the `NumberOfBytes` parameter (but not both) in every `GenerateDataKey` request.
    pub number_of_bytes: rt::Option<i32>,
    /// A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave and the encryption algorithm to use with the enclave's public key. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`.
    ///
    /// This parameter only supports attestation documents for Amazon Web Services Nitro Enclaves. To include this parameter, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK.
    ///
    /// When you use this parameter, instead of returning the plaintext data key, KMS encrypts the plaintext data key under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the enclave. The `CiphertextBlob` field in the response contains a copy of the data key encrypted under the KMS key specified by the `KeyId` parameter. The `Plaintext` field in the response is null or empty.
    ///
    /// For information about the interaction between KMS and Amazon Web Services Nitro Enclaves, see [How Amazon Web Services Nitro Enclaves uses KMS](https://docs.aws.amazon.com/kms/latest/developerguide/services-nitro-enclaves.html) in the *Key Management Service Developer Guide*.
    pub recipient: rt::Option<RecipientInfo>,
}
impl GenerateDataKeyRequest {
    /// A builder for this structure.
    pub fn builder() -> GenerateDataKeyRequestBuilder {
        GenerateDataKeyRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GenerateDataKeyRequest {
    /// [`dry_run`](Self::dry_run).
    pub fn dry_run(&self) -> rt::Option<bool> {
        self.dry_run
    }
    /// [`encryption_context`](Self::encryption_context).
    pub fn encryption_context(&self) -> rt::Option<&rt::BTreeMap<rt::String, rt::String>> {
        self.encryption_context.as_ref()
    }
    /// [`grant_tokens`](Self::grant_tokens), empty when unset.
    pub fn grant_tokens(&self) -> &[rt::String] {
        self.grant_tokens.as_deref().unwrap_or_default()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> &str {
        &self.key_id
    }
    /// [`key_spec`](Self::key_spec).
    pub fn key_spec(&self) -> rt::Option<&DataKeySpec> {
        self.key_spec.as_ref()
    }
    /// [`number_of_bytes`](Self::number_of_bytes).
    pub fn number_of_bytes(&self) -> rt::Option<i32> {
        self.number_of_bytes
    }
    /// [`recipient`](Self::recipient).
    pub fn recipient(&self) -> rt::Option<&RecipientInfo> {
        self.recipient.as_ref()
    }
}
/// Builds a [`GenerateDataKeyRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GenerateDataKeyRequestBuilder {
    /// [`GenerateDataKeyRequest::dry_run`](GenerateDataKeyRequest::dry_run), if set.
    pub dry_run: rt::Option<bool>,
    /// [`GenerateDataKeyRequest::encryption_context`](GenerateDataKeyRequest::encryption_context), if set.
    pub encryption_context: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    /// [`GenerateDataKeyRequest::grant_tokens`](GenerateDataKeyRequest::grant_tokens), if set.
    pub grant_tokens: rt::Option<rt::Vec<rt::String>>,
    /// [`GenerateDataKeyRequest::key_id`](GenerateDataKeyRequest::key_id), if set.
    pub key_id: rt::Option<rt::String>,
    /// [`GenerateDataKeyRequest::key_spec`](GenerateDataKeyRequest::key_spec), if set.
    pub key_spec: rt::Option<DataKeySpec>,
    /// [`GenerateDataKeyRequest::number_of_bytes`](GenerateDataKeyRequest::number_of_bytes), if set.
    pub number_of_bytes: rt::Option<i32>,
    /// [`GenerateDataKeyRequest::recipient`](GenerateDataKeyRequest::recipient), if set.
    pub recipient: rt::Option<RecipientInfo>,
}
impl GenerateDataKeyRequestBuilder {
    /// Sets [`GenerateDataKeyRequest::dry_run`](GenerateDataKeyRequest::dry_run).
    pub fn dry_run(mut self, value: impl rt::Into<bool>) -> Self {
        self.dry_run = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::dry_run`](GenerateDataKeyRequest::dry_run).
    pub fn set_dry_run(mut self, value: rt::Option<bool>) -> Self {
        self.dry_run = value;
        self
    }
    /// Inserts one entry into [`GenerateDataKeyRequest::encryption_context`](GenerateDataKeyRequest::encryption_context).
    pub fn encryption_context(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::String>,
    ) -> Self {
        self.encryption_context
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::encryption_context`](GenerateDataKeyRequest::encryption_context).
    pub fn set_encryption_context(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::String>>,
    ) -> Self {
        self.encryption_context = value;
        self
    }
    /// Appends one element to [`GenerateDataKeyRequest::grant_tokens`](GenerateDataKeyRequest::grant_tokens).
    pub fn grant_tokens(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.grant_tokens
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::grant_tokens`](GenerateDataKeyRequest::grant_tokens).
    pub fn set_grant_tokens(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.grant_tokens = value;
        self
    }
    /// Sets [`GenerateDataKeyRequest::key_id`](GenerateDataKeyRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::key_id`](GenerateDataKeyRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// Sets [`GenerateDataKeyRequest::key_spec`](GenerateDataKeyRequest::key_spec).
    pub fn key_spec(mut self, value: impl rt::Into<DataKeySpec>) -> Self {
        self.key_spec = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::key_spec`](GenerateDataKeyRequest::key_spec).
    pub fn set_key_spec(mut self, value: rt::Option<DataKeySpec>) -> Self {
        self.key_spec = value;
        self
    }
    /// Sets [`GenerateDataKeyRequest::number_of_bytes`](GenerateDataKeyRequest::number_of_bytes).
    pub fn number_of_bytes(mut self, value: impl rt::Into<i32>) -> Self {
        self.number_of_bytes = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::number_of_bytes`](GenerateDataKeyRequest::number_of_bytes).
    pub fn set_number_of_bytes(mut self, value: rt::Option<i32>) -> Self {
        self.number_of_bytes = value;
        self
    }
    /// Sets [`GenerateDataKeyRequest::recipient`](GenerateDataKeyRequest::recipient).
    pub fn recipient(mut self, value: impl rt::Into<RecipientInfo>) -> Self {
        self.recipient = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyRequest::recipient`](GenerateDataKeyRequest::recipient).
    pub fn set_recipient(mut self, value: rt::Option<RecipientInfo>) -> Self {
        self.recipient = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GenerateDataKeyRequest, rt::BuildError> {
        Ok(GenerateDataKeyRequest {
            dry_run: self.dry_run,
            encryption_context: self.encryption_context,
            grant_tokens: self.grant_tokens,
            key_id: self.key_id.ok_or(rt::BuildError {
                shape: "GenerateDataKeyRequest",
                member: "KeyId",
            })?,
            key_spec: self.key_spec,
            number_of_bytes: self.number_of_bytes,
            recipient: self.recipient,
        })
    }
}
#[derive(Clone, PartialEq)]
pub struct GenerateDataKeyResponse {
    /// The encrypted copy of the data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded.
    pub ciphertext_blob: rt::Option<rt::Blob>,
    /// The plaintext data key encrypted with the public key from the Nitro enclave. This ciphertext can be decrypted only by using a private key in the Nitro enclave.
    ///
    /// This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves, see [How Amazon Web Services Nitro Enclaves uses KMS](https://docs.aws.amazon.com/kms/latest/developerguide/services-nitro-enclaves.html) in the *Key Management Service Developer Guide*.
    pub ciphertext_for_recipient: rt::Option<rt::Blob>,
    /// The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the data key.
    pub key_id: rt::Option<rt::String>,
    /// The plaintext data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. Use this data key to encrypt your data outside of KMS. Then, remove it from memory as soon as possible.
    ///
    /// If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
    pub plaintext: rt::Option<rt::Blob>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GenerateDataKeyResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GenerateDataKeyResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GenerateDataKeyResponse {
    /// A builder for this structure.
    pub fn builder() -> GenerateDataKeyResponseBuilder {
        GenerateDataKeyResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GenerateDataKeyResponse {
    /// [`ciphertext_blob`](Self::ciphertext_blob).
    pub fn ciphertext_blob(&self) -> rt::Option<&rt::Blob> {
        self.ciphertext_blob.as_ref()
    }
    /// [`ciphertext_for_recipient`](Self::ciphertext_for_recipient).
    pub fn ciphertext_for_recipient(&self) -> rt::Option<&rt::Blob> {
        self.ciphertext_for_recipient.as_ref()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> rt::Option<&str> {
        self.key_id.as_deref()
    }
    /// [`plaintext`](Self::plaintext).
    pub fn plaintext(&self) -> rt::Option<&rt::Blob> {
        self.plaintext.as_ref()
    }
}
/// Builds a [`GenerateDataKeyResponse`].
#[derive(Clone, Default, PartialEq)]
pub struct GenerateDataKeyResponseBuilder {
    /// [`GenerateDataKeyResponse::ciphertext_blob`](GenerateDataKeyResponse::ciphertext_blob), if set.
    pub ciphertext_blob: rt::Option<rt::Blob>,
    /// [`GenerateDataKeyResponse::ciphertext_for_recipient`](GenerateDataKeyResponse::ciphertext_for_recipient), if set.
    pub ciphertext_for_recipient: rt::Option<rt::Blob>,
    /// [`GenerateDataKeyResponse::key_id`](GenerateDataKeyResponse::key_id), if set.
    pub key_id: rt::Option<rt::String>,
    /// [`GenerateDataKeyResponse::plaintext`](GenerateDataKeyResponse::plaintext), if set.
    pub plaintext: rt::Option<rt::Blob>,
}
impl GenerateDataKeyResponseBuilder {
    /// Sets [`GenerateDataKeyResponse::ciphertext_blob`](GenerateDataKeyResponse::ciphertext_blob).
    pub fn ciphertext_blob(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.ciphertext_blob = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyResponse::ciphertext_blob`](GenerateDataKeyResponse::ciphertext_blob).
    pub fn set_ciphertext_blob(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.ciphertext_blob = value;
        self
    }
    /// Sets [`GenerateDataKeyResponse::ciphertext_for_recipient`](GenerateDataKeyResponse::ciphertext_for_recipient).
    pub fn ciphertext_for_recipient(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.ciphertext_for_recipient = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyResponse::ciphertext_for_recipient`](GenerateDataKeyResponse::ciphertext_for_recipient).
    pub fn set_ciphertext_for_recipient(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.ciphertext_for_recipient = value;
        self
    }
    /// Sets [`GenerateDataKeyResponse::key_id`](GenerateDataKeyResponse::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyResponse::key_id`](GenerateDataKeyResponse::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// Sets [`GenerateDataKeyResponse::plaintext`](GenerateDataKeyResponse::plaintext).
    pub fn plaintext(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.plaintext = Some(value.into());
        self
    }
    /// Sets or clears [`GenerateDataKeyResponse::plaintext`](GenerateDataKeyResponse::plaintext).
    pub fn set_plaintext(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.plaintext = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GenerateDataKeyResponse {
        GenerateDataKeyResponse {
            ciphertext_blob: self.ciphertext_blob,
            ciphertext_for_recipient: self.ciphertext_for_recipient,
            key_id: self.key_id,
            plaintext: self.plaintext,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for GenerateDataKeyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GenerateDataKeyResponse")
            .field("CiphertextBlob", &self.ciphertext_blob)
            .field("CiphertextForRecipient", &self.ciphertext_for_recipient)
            .field("KeyId", &self.key_id)
            .field("Plaintext", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
impl ::std::fmt::Debug for GenerateDataKeyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GenerateDataKeyResponseBuilder")
            .field("CiphertextBlob", &self.ciphertext_blob)
            .field("CiphertextForRecipient", &self.ciphertext_for_recipient)
            .field("KeyId", &self.key_id)
            .field("Plaintext", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
/// Contains information about each entry in the key list.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyListEntry {
    /// ARN of the key.
    pub key_arn: rt::Option<rt::String>,
    /// Unique identifier of the key.
    pub key_id: rt::Option<rt::String>,
}
impl KeyListEntry {
    /// A builder for this structure.
    pub fn builder() -> KeyListEntryBuilder {
        KeyListEntryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl KeyListEntry {
    /// [`key_arn`](Self::key_arn).
    pub fn key_arn(&self) -> rt::Option<&str> {
        self.key_arn.as_deref()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> rt::Option<&str> {
        self.key_id.as_deref()
    }
}
/// Builds a [`KeyListEntry`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyListEntryBuilder {
    /// [`KeyListEntry::key_arn`](KeyListEntry::key_arn), if set.
    pub key_arn: rt::Option<rt::String>,
    /// [`KeyListEntry::key_id`](KeyListEntry::key_id), if set.
    pub key_id: rt::Option<rt::String>,
}
impl KeyListEntryBuilder {
    /// Sets [`KeyListEntry::key_arn`](KeyListEntry::key_arn).
    pub fn key_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_arn = Some(value.into());
        self
    }
    /// Sets or clears [`KeyListEntry::key_arn`](KeyListEntry::key_arn).
    pub fn set_key_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_arn = value;
        self
    }
    /// Sets [`KeyListEntry::key_id`](KeyListEntry::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`KeyListEntry::key_id`](KeyListEntry::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KeyListEntry {
        KeyListEntry {
            key_arn: self.key_arn,
            key_id: self.key_id,
        }
    }
}
/// Contains metadata about a KMS key.
///
/// This data type is used as a response element for the CreateKey, DescribeKey, and ReplicateKey operations.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyMetadata {
    /// The twelve-digit account ID of the Amazon Web Services account that owns the KMS key.
    pub aws_account_id: rt::Option<rt::String>,
    /// The Amazon Resource Name (ARN) of the KMS key. For examples, see [Key Management Service (KMS)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms) in the Example ARNs section of the *Amazon Web Services General Reference*.
    pub arn: rt::Option<rt::String>,
    /// The cluster ID of the CloudHSM cluster that contains the key material for the KMS key. When you create a KMS key in an CloudHSM [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/custom-key-store-overview.html), KMS creates the key material for the KMS key in the associated CloudHSM cluster. This field is present only when the KMS key is created in an CloudHSM key store.
    pub cloud_hsm_cluster_id: rt::Option<rt::String>,
    /// The date and time when the KMS key was created.
    pub creation_date: rt::Option<rt::DateTime>,
    /// A unique identifier for the [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/custom-key-store-overview.html) that contains the KMS key. This field is present only when the KMS key is created in a custom key store.
    pub custom_key_store_id: rt::Option<rt::String>,
    /// Instead, use the `KeySpec` field.
    ///
    /// The `KeySpec` and `CustomerMasterKeySpec` fields have the same value. We recommend that you use the `KeySpec` field in your code. However, to avoid breaking changes, KMS supports both fields.
    ///
    /// **Deprecated**. This field has been deprecated. Instead, use the KeySpec field.
    #[deprecated(
        note = "deprecated in the model. This field has been deprecated. Instead, use the KeySpec field."
    )]
    pub customer_master_key_spec: rt::Option<CustomerMasterKeySpec>,
    /// The date and time after which KMS deletes this KMS key. This value is present only when the KMS key is scheduled for deletion, that is, when its `KeyState` is `PendingDeletion`.
    ///
    /// When the primary key in a multi-Region key is scheduled for deletion but still has replica keys, its key state is `PendingReplicaDeletion` and the length of its waiting period is displayed in the `PendingDeletionWindowInDays` field.
    pub deletion_date: rt::Option<rt::DateTime>,
    /// The description of the KMS key.
    pub description: rt::Option<rt::String>,
    /// Specifies whether the KMS key is enabled. When `KeyState` is `Enabled` this value is true, otherwise it is false.
    pub enabled: bool,
    /// The encryption algorithms that the KMS key supports. You cannot use the KMS key with other encryption algorithms within KMS.
    ///
    /// This value is present only when the `KeyUsage` of the KMS key is `ENCRYPT_DECRYPT`.
    pub encryption_algorithms: rt::Option<rt::Vec<EncryptionAlgorithmSpec>>,
    /// Specifies whether the KMS key's key material expires. This value is present only when `Origin` is `EXTERNAL`, otherwise this value is omitted.
    pub expiration_model: rt::Option<ExpirationModelType>,
    /// The key agreement algorithm used to derive a shared secret.
    pub key_agreement_algorithms: rt::Option<rt::Vec<KeyAgreementAlgorithmSpec>>,
    /// The globally unique identifier for the KMS key.
    pub key_id: rt::String,
    /// The manager of the KMS key. KMS keys in your Amazon Web Services account are either customer managed or Amazon Web Services managed. For more information about the difference, see [KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) in the *Key Management Service Developer Guide*.
    pub key_manager: rt::Option<KeyManagerType>,
    /// Describes the type of key material in the KMS key.
    pub key_spec: rt::Option<KeySpec>,
    /// The current status of the KMS key.
    ///
    /// For more information about how key state affects the use of a KMS key, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
    pub key_state: rt::Option<KeyState>,
    /// The [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) for which you can use the KMS key.
    pub key_usage: rt::Option<KeyUsageType>,
    /// The message authentication code (MAC) algorithm that the HMAC KMS key supports.
    ///
    /// This value is present only when the `KeyUsage` of the KMS key is `GENERATE_VERIFY_MAC`.
    pub mac_algorithms: rt::Option<rt::Vec<MacAlgorithmSpec>>,
    /// Indicates whether the KMS key is a multi-Region (`True`) or regional (`False`) key. This value is `True` for multi-Region primary and replica keys and `False` for regional KMS keys.
    ///
    /// For more information about multi-Region keys, see [Multi-Region keys in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html) in the *Key Management Service Developer Guide*.
    pub multi_region: rt::Option<bool>,
    /// Lists the primary and replica keys in same multi-Region key. This field is present only when the value of the `MultiRegion` field is `True`.
    ///
    /// For more information about any listed KMS key, use the DescribeKey operation.
    ///
    /// - `MultiRegionKeyType` indicates whether the KMS key is a `PRIMARY` or `REPLICA` key.
    /// - `PrimaryKey` displays the key ARN and Region of the primary key. This field displays the current KMS key if it is the primary key.
    /// - `ReplicaKeys` displays the key ARNs and Regions of all replica keys. This field includes the current KMS key if it is a replica key.
    pub multi_region_configuration: rt::Option<MultiRegionConfiguration>,
    /// The source of the key material for the KMS key. When this value is `AWS_KMS`, KMS created the key material. When this value is `EXTERNAL`, the key material was imported or the KMS key doesn't have any key material. When this value is `AWS_CLOUDHSM`, the key material was created in the CloudHSM cluster associated with a custom key store.
    pub origin: rt::Option<OriginType>,
    /// The waiting period before the primary key in a multi-Region key is deleted. This waiting period begins when the last of its replica keys is deleted. This value is present only when the `KeyState` of the KMS key is `PendingReplicaDeletion`. That indicates that the KMS key is the primary key in a multi-Region key, it is scheduled for deletion, and it still has existing replica keys.
    ///
    /// When a single-Region KMS key or a multi-Region replica key is scheduled for deletion, its deletion date is displayed in the `DeletionDate` field. However, when the primary key in a multi-Region key is scheduled for deletion, its waiting period doesn't begin until all of its replica keys are deleted. This value displays that waiting period. When the last replica key in the multi-Region key is deleted, the `KeyState` of the scheduled primary key changes from `PendingReplicaDeletion` to `PendingDeletion` and the deletion date appears in the `DeletionDate` field.
    pub pending_deletion_window_in_days: rt::Option<i32>,
    /// The signing algorithms that the KMS key supports. You cannot use the KMS key with other signing algorithms within KMS.
    ///
    /// This field appears only when the `KeyUsage` of the KMS key is `SIGN_VERIFY`.
    pub signing_algorithms: rt::Option<rt::Vec<SigningAlgorithmSpec>>,
    /// The time at which the imported key material expires. When the key material expires, KMS deletes the key material and the KMS key becomes unusable. This value is present only for KMS keys whose `Origin` is `EXTERNAL` and whose `ExpirationModel` is `KEY_MATERIAL_EXPIRES`, otherwise this value is omitted.
    pub valid_to: rt::Option<rt::DateTime>,
    /// Information about the external key that is associated with a KMS key in an external key store.
    ///
    /// For more information, see [External key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) in the *Key Management Service Developer Guide*.
    pub xks_key_configuration: rt::Option<XksKeyConfigurationType>,
}
impl KeyMetadata {
    /// A builder for this structure.
    pub fn builder() -> KeyMetadataBuilder {
        KeyMetadataBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl KeyMetadata {
    /// [`aws_account_id`](Self::aws_account_id).
    pub fn aws_account_id(&self) -> rt::Option<&str> {
        self.aws_account_id.as_deref()
    }
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`cloud_hsm_cluster_id`](Self::cloud_hsm_cluster_id).
    pub fn cloud_hsm_cluster_id(&self) -> rt::Option<&str> {
        self.cloud_hsm_cluster_id.as_deref()
    }
    /// [`creation_date`](Self::creation_date).
    pub fn creation_date(&self) -> rt::Option<&rt::DateTime> {
        self.creation_date.as_ref()
    }
    /// [`custom_key_store_id`](Self::custom_key_store_id).
    pub fn custom_key_store_id(&self) -> rt::Option<&str> {
        self.custom_key_store_id.as_deref()
    }
    /// [`customer_master_key_spec`](Self::customer_master_key_spec).
    #[deprecated(
        note = "deprecated in the model. This field has been deprecated. Instead, use the KeySpec field."
    )]
    pub fn customer_master_key_spec(&self) -> rt::Option<&CustomerMasterKeySpec> {
        self.customer_master_key_spec.as_ref()
    }
    /// [`deletion_date`](Self::deletion_date).
    pub fn deletion_date(&self) -> rt::Option<&rt::DateTime> {
        self.deletion_date.as_ref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`enabled`](Self::enabled).
    pub fn enabled(&self) -> bool {
        self.enabled
    }
    /// [`encryption_algorithms`](Self::encryption_algorithms), empty when unset.
    pub fn encryption_algorithms(&self) -> &[EncryptionAlgorithmSpec] {
        self.encryption_algorithms.as_deref().unwrap_or_default()
    }
    /// [`expiration_model`](Self::expiration_model).
    pub fn expiration_model(&self) -> rt::Option<&ExpirationModelType> {
        self.expiration_model.as_ref()
    }
    /// [`key_agreement_algorithms`](Self::key_agreement_algorithms), empty when unset.
    pub fn key_agreement_algorithms(&self) -> &[KeyAgreementAlgorithmSpec] {
        self.key_agreement_algorithms.as_deref().unwrap_or_default()
    }
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> &str {
        &self.key_id
    }
    /// [`key_manager`](Self::key_manager).
    pub fn key_manager(&self) -> rt::Option<&KeyManagerType> {
        self.key_manager.as_ref()
    }
    /// [`key_spec`](Self::key_spec).
    pub fn key_spec(&self) -> rt::Option<&KeySpec> {
        self.key_spec.as_ref()
    }
    /// [`key_state`](Self::key_state).
    pub fn key_state(&self) -> rt::Option<&KeyState> {
        self.key_state.as_ref()
    }
    /// [`key_usage`](Self::key_usage).
    pub fn key_usage(&self) -> rt::Option<&KeyUsageType> {
        self.key_usage.as_ref()
    }
    /// [`mac_algorithms`](Self::mac_algorithms), empty when unset.
    pub fn mac_algorithms(&self) -> &[MacAlgorithmSpec] {
        self.mac_algorithms.as_deref().unwrap_or_default()
    }
    /// [`multi_region`](Self::multi_region).
    pub fn multi_region(&self) -> rt::Option<bool> {
        self.multi_region
    }
    /// [`multi_region_configuration`](Self::multi_region_configuration).
    pub fn multi_region_configuration(&self) -> rt::Option<&MultiRegionConfiguration> {
        self.multi_region_configuration.as_ref()
    }
    /// [`origin`](Self::origin).
    pub fn origin(&self) -> rt::Option<&OriginType> {
        self.origin.as_ref()
    }
    /// [`pending_deletion_window_in_days`](Self::pending_deletion_window_in_days).
    pub fn pending_deletion_window_in_days(&self) -> rt::Option<i32> {
        self.pending_deletion_window_in_days
    }
    /// [`signing_algorithms`](Self::signing_algorithms), empty when unset.
    pub fn signing_algorithms(&self) -> &[SigningAlgorithmSpec] {
        self.signing_algorithms.as_deref().unwrap_or_default()
    }
    /// [`valid_to`](Self::valid_to).
    pub fn valid_to(&self) -> rt::Option<&rt::DateTime> {
        self.valid_to.as_ref()
    }
    /// [`xks_key_configuration`](Self::xks_key_configuration).
    pub fn xks_key_configuration(&self) -> rt::Option<&XksKeyConfigurationType> {
        self.xks_key_configuration.as_ref()
    }
}
/// Builds a [`KeyMetadata`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyMetadataBuilder {
    /// [`KeyMetadata::aws_account_id`](KeyMetadata::aws_account_id), if set.
    pub aws_account_id: rt::Option<rt::String>,
    /// [`KeyMetadata::arn`](KeyMetadata::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`KeyMetadata::cloud_hsm_cluster_id`](KeyMetadata::cloud_hsm_cluster_id), if set.
    pub cloud_hsm_cluster_id: rt::Option<rt::String>,
    /// [`KeyMetadata::creation_date`](KeyMetadata::creation_date), if set.
    pub creation_date: rt::Option<rt::DateTime>,
    /// [`KeyMetadata::custom_key_store_id`](KeyMetadata::custom_key_store_id), if set.
    pub custom_key_store_id: rt::Option<rt::String>,
    /// [`KeyMetadata::customer_master_key_spec`](KeyMetadata::customer_master_key_spec), if set.
    pub customer_master_key_spec: rt::Option<CustomerMasterKeySpec>,
    /// [`KeyMetadata::deletion_date`](KeyMetadata::deletion_date), if set.
    pub deletion_date: rt::Option<rt::DateTime>,
    /// [`KeyMetadata::description`](KeyMetadata::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`KeyMetadata::enabled`](KeyMetadata::enabled), if set.
    pub enabled: rt::Option<bool>,
    /// [`KeyMetadata::encryption_algorithms`](KeyMetadata::encryption_algorithms), if set.
    pub encryption_algorithms: rt::Option<rt::Vec<EncryptionAlgorithmSpec>>,
    /// [`KeyMetadata::expiration_model`](KeyMetadata::expiration_model), if set.
    pub expiration_model: rt::Option<ExpirationModelType>,
    /// [`KeyMetadata::key_agreement_algorithms`](KeyMetadata::key_agreement_algorithms), if set.
    pub key_agreement_algorithms: rt::Option<rt::Vec<KeyAgreementAlgorithmSpec>>,
    /// [`KeyMetadata::key_id`](KeyMetadata::key_id), if set.
    pub key_id: rt::Option<rt::String>,
    /// [`KeyMetadata::key_manager`](KeyMetadata::key_manager), if set.
    pub key_manager: rt::Option<KeyManagerType>,
    /// [`KeyMetadata::key_spec`](KeyMetadata::key_spec), if set.
    pub key_spec: rt::Option<KeySpec>,
    /// [`KeyMetadata::key_state`](KeyMetadata::key_state), if set.
    pub key_state: rt::Option<KeyState>,
    /// [`KeyMetadata::key_usage`](KeyMetadata::key_usage), if set.
    pub key_usage: rt::Option<KeyUsageType>,
    /// [`KeyMetadata::mac_algorithms`](KeyMetadata::mac_algorithms), if set.
    pub mac_algorithms: rt::Option<rt::Vec<MacAlgorithmSpec>>,
    /// [`KeyMetadata::multi_region`](KeyMetadata::multi_region), if set.
    pub multi_region: rt::Option<bool>,
    /// [`KeyMetadata::multi_region_configuration`](KeyMetadata::multi_region_configuration), if set.
    pub multi_region_configuration: rt::Option<MultiRegionConfiguration>,
    /// [`KeyMetadata::origin`](KeyMetadata::origin), if set.
    pub origin: rt::Option<OriginType>,
    /// [`KeyMetadata::pending_deletion_window_in_days`](KeyMetadata::pending_deletion_window_in_days), if set.
    pub pending_deletion_window_in_days: rt::Option<i32>,
    /// [`KeyMetadata::signing_algorithms`](KeyMetadata::signing_algorithms), if set.
    pub signing_algorithms: rt::Option<rt::Vec<SigningAlgorithmSpec>>,
    /// [`KeyMetadata::valid_to`](KeyMetadata::valid_to), if set.
    pub valid_to: rt::Option<rt::DateTime>,
    /// [`KeyMetadata::xks_key_configuration`](KeyMetadata::xks_key_configuration), if set.
    pub xks_key_configuration: rt::Option<XksKeyConfigurationType>,
}
impl KeyMetadataBuilder {
    /// Sets [`KeyMetadata::aws_account_id`](KeyMetadata::aws_account_id).
    pub fn aws_account_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.aws_account_id = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::aws_account_id`](KeyMetadata::aws_account_id).
    pub fn set_aws_account_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.aws_account_id = value;
        self
    }
    /// Sets [`KeyMetadata::arn`](KeyMetadata::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::arn`](KeyMetadata::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`KeyMetadata::cloud_hsm_cluster_id`](KeyMetadata::cloud_hsm_cluster_id).
    pub fn cloud_hsm_cluster_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.cloud_hsm_cluster_id = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::cloud_hsm_cluster_id`](KeyMetadata::cloud_hsm_cluster_id).
    pub fn set_cloud_hsm_cluster_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.cloud_hsm_cluster_id = value;
        self
    }
    /// Sets [`KeyMetadata::creation_date`](KeyMetadata::creation_date).
    pub fn creation_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.creation_date = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::creation_date`](KeyMetadata::creation_date).
    pub fn set_creation_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.creation_date = value;
        self
    }
    /// Sets [`KeyMetadata::custom_key_store_id`](KeyMetadata::custom_key_store_id).
    pub fn custom_key_store_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.custom_key_store_id = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::custom_key_store_id`](KeyMetadata::custom_key_store_id).
    pub fn set_custom_key_store_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.custom_key_store_id = value;
        self
    }
    /// Sets [`KeyMetadata::customer_master_key_spec`](KeyMetadata::customer_master_key_spec).
    pub fn customer_master_key_spec(mut self, value: impl rt::Into<CustomerMasterKeySpec>) -> Self {
        self.customer_master_key_spec = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::customer_master_key_spec`](KeyMetadata::customer_master_key_spec).
    pub fn set_customer_master_key_spec(
        mut self,
        value: rt::Option<CustomerMasterKeySpec>,
    ) -> Self {
        self.customer_master_key_spec = value;
        self
    }
    /// Sets [`KeyMetadata::deletion_date`](KeyMetadata::deletion_date).
    pub fn deletion_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.deletion_date = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::deletion_date`](KeyMetadata::deletion_date).
    pub fn set_deletion_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.deletion_date = value;
        self
    }
    /// Sets [`KeyMetadata::description`](KeyMetadata::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::description`](KeyMetadata::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`KeyMetadata::enabled`](KeyMetadata::enabled).
    pub fn enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::enabled`](KeyMetadata::enabled).
    pub fn set_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// Appends one element to [`KeyMetadata::encryption_algorithms`](KeyMetadata::encryption_algorithms).
    pub fn encryption_algorithms(mut self, value: impl rt::Into<EncryptionAlgorithmSpec>) -> Self {
        self.encryption_algorithms
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::encryption_algorithms`](KeyMetadata::encryption_algorithms).
    pub fn set_encryption_algorithms(
        mut self,
        value: rt::Option<rt::Vec<EncryptionAlgorithmSpec>>,
    ) -> Self {
        self.encryption_algorithms = value;
        self
    }
    /// Sets [`KeyMetadata::expiration_model`](KeyMetadata::expiration_model).
    pub fn expiration_model(mut self, value: impl rt::Into<ExpirationModelType>) -> Self {
        self.expiration_model = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::expiration_model`](KeyMetadata::expiration_model).
    pub fn set_expiration_model(mut self, value: rt::Option<ExpirationModelType>) -> Self {
        self.expiration_model = value;
        self
    }
    /// Appends one element to [`KeyMetadata::key_agreement_algorithms`](KeyMetadata::key_agreement_algorithms).
    pub fn key_agreement_algorithms(
        mut self,
        value: impl rt::Into<KeyAgreementAlgorithmSpec>,
    ) -> Self {
        self.key_agreement_algorithms
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::key_agreement_algorithms`](KeyMetadata::key_agreement_algorithms).
    pub fn set_key_agreement_algorithms(
        mut self,
        value: rt::Option<rt::Vec<KeyAgreementAlgorithmSpec>>,
    ) -> Self {
        self.key_agreement_algorithms = value;
        self
    }
    /// Sets [`KeyMetadata::key_id`](KeyMetadata::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::key_id`](KeyMetadata::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// Sets [`KeyMetadata::key_manager`](KeyMetadata::key_manager).
    pub fn key_manager(mut self, value: impl rt::Into<KeyManagerType>) -> Self {
        self.key_manager = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::key_manager`](KeyMetadata::key_manager).
    pub fn set_key_manager(mut self, value: rt::Option<KeyManagerType>) -> Self {
        self.key_manager = value;
        self
    }
    /// Sets [`KeyMetadata::key_spec`](KeyMetadata::key_spec).
    pub fn key_spec(mut self, value: impl rt::Into<KeySpec>) -> Self {
        self.key_spec = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::key_spec`](KeyMetadata::key_spec).
    pub fn set_key_spec(mut self, value: rt::Option<KeySpec>) -> Self {
        self.key_spec = value;
        self
    }
    /// Sets [`KeyMetadata::key_state`](KeyMetadata::key_state).
    pub fn key_state(mut self, value: impl rt::Into<KeyState>) -> Self {
        self.key_state = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::key_state`](KeyMetadata::key_state).
    pub fn set_key_state(mut self, value: rt::Option<KeyState>) -> Self {
        self.key_state = value;
        self
    }
    /// Sets [`KeyMetadata::key_usage`](KeyMetadata::key_usage).
    pub fn key_usage(mut self, value: impl rt::Into<KeyUsageType>) -> Self {
        self.key_usage = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::key_usage`](KeyMetadata::key_usage).
    pub fn set_key_usage(mut self, value: rt::Option<KeyUsageType>) -> Self {
        self.key_usage = value;
        self
    }
    /// Appends one element to [`KeyMetadata::mac_algorithms`](KeyMetadata::mac_algorithms).
    pub fn mac_algorithms(mut self, value: impl rt::Into<MacAlgorithmSpec>) -> Self {
        self.mac_algorithms
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::mac_algorithms`](KeyMetadata::mac_algorithms).
    pub fn set_mac_algorithms(mut self, value: rt::Option<rt::Vec<MacAlgorithmSpec>>) -> Self {
        self.mac_algorithms = value;
        self
    }
    /// Sets [`KeyMetadata::multi_region`](KeyMetadata::multi_region).
    pub fn multi_region(mut self, value: impl rt::Into<bool>) -> Self {
        self.multi_region = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::multi_region`](KeyMetadata::multi_region).
    pub fn set_multi_region(mut self, value: rt::Option<bool>) -> Self {
        self.multi_region = value;
        self
    }
    /// Sets [`KeyMetadata::multi_region_configuration`](KeyMetadata::multi_region_configuration).
    pub fn multi_region_configuration(
        mut self,
        value: impl rt::Into<MultiRegionConfiguration>,
    ) -> Self {
        self.multi_region_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::multi_region_configuration`](KeyMetadata::multi_region_configuration).
    pub fn set_multi_region_configuration(
        mut self,
        value: rt::Option<MultiRegionConfiguration>,
    ) -> Self {
        self.multi_region_configuration = value;
        self
    }
    /// Sets [`KeyMetadata::origin`](KeyMetadata::origin).
    pub fn origin(mut self, value: impl rt::Into<OriginType>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::origin`](KeyMetadata::origin).
    pub fn set_origin(mut self, value: rt::Option<OriginType>) -> Self {
        self.origin = value;
        self
    }
    /// Sets [`KeyMetadata::pending_deletion_window_in_days`](KeyMetadata::pending_deletion_window_in_days).
    pub fn pending_deletion_window_in_days(mut self, value: impl rt::Into<i32>) -> Self {
        self.pending_deletion_window_in_days = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::pending_deletion_window_in_days`](KeyMetadata::pending_deletion_window_in_days).
    pub fn set_pending_deletion_window_in_days(mut self, value: rt::Option<i32>) -> Self {
        self.pending_deletion_window_in_days = value;
        self
    }
    /// Appends one element to [`KeyMetadata::signing_algorithms`](KeyMetadata::signing_algorithms).
    pub fn signing_algorithms(mut self, value: impl rt::Into<SigningAlgorithmSpec>) -> Self {
        self.signing_algorithms
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::signing_algorithms`](KeyMetadata::signing_algorithms).
    pub fn set_signing_algorithms(
        mut self,
        value: rt::Option<rt::Vec<SigningAlgorithmSpec>>,
    ) -> Self {
        self.signing_algorithms = value;
        self
    }
    /// Sets [`KeyMetadata::valid_to`](KeyMetadata::valid_to).
    pub fn valid_to(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.valid_to = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::valid_to`](KeyMetadata::valid_to).
    pub fn set_valid_to(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.valid_to = value;
        self
    }
    /// Sets [`KeyMetadata::xks_key_configuration`](KeyMetadata::xks_key_configuration).
    pub fn xks_key_configuration(mut self, value: impl rt::Into<XksKeyConfigurationType>) -> Self {
        self.xks_key_configuration = Some(value.into());
        self
    }
    /// Sets or clears [`KeyMetadata::xks_key_configuration`](KeyMetadata::xks_key_configuration).
    pub fn set_xks_key_configuration(mut self, value: rt::Option<XksKeyConfigurationType>) -> Self {
        self.xks_key_configuration = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<KeyMetadata, rt::BuildError> {
        Ok(KeyMetadata {
            aws_account_id: self.aws_account_id,
            arn: self.arn,
            cloud_hsm_cluster_id: self.cloud_hsm_cluster_id,
            creation_date: self.creation_date,
            custom_key_store_id: self.custom_key_store_id,
            customer_master_key_spec: self.customer_master_key_spec,
            deletion_date: self.deletion_date,
            description: self.description,
            enabled: self.enabled.unwrap_or_default(),
            encryption_algorithms: self.encryption_algorithms,
            expiration_model: self.expiration_model,
            key_agreement_algorithms: self.key_agreement_algorithms,
            key_id: self.key_id.ok_or(rt::BuildError {
                shape: "KeyMetadata",
                member: "KeyId",
            })?,
            key_manager: self.key_manager,
            key_spec: self.key_spec,
            key_state: self.key_state,
            key_usage: self.key_usage,
            mac_algorithms: self.mac_algorithms,
            multi_region: self.multi_region,
            multi_region_configuration: self.multi_region_configuration,
            origin: self.origin,
            pending_deletion_window_in_days: self.pending_deletion_window_in_days,
            signing_algorithms: self.signing_algorithms,
            valid_to: self.valid_to,
            xks_key_configuration: self.xks_key_configuration,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListAliasesRequest {
    /// Lists only aliases that are associated with the specified KMS key. Enter a KMS key in your Amazon Web Services account.
    ///
    /// This parameter is optional. If you omit it, `ListAliases` returns all aliases in the account and Region.
    ///
    /// Specify the key ID or key ARN of the KMS key.
    ///
    /// For example:
    ///
    /// - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
    /// - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    ///
    /// To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey.
    pub key_id: rt::Option<rt::String>,
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 100, inclusive. If you do not include a value, it defaults to 50.
    pub limit: rt::Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: rt::Option<rt::String>,
}
impl ListAliasesRequest {
    /// A builder for this structure.
    pub fn builder() -> ListAliasesRequestBuilder {
        ListAliasesRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListAliasesRequest {
    /// [`key_id`](Self::key_id).
    pub fn key_id(&self) -> rt::Option<&str> {
        self.key_id.as_deref()
    }
    /// [`limit`](Self::limit).
    pub fn limit(&self) -> rt::Option<i32> {
        self.limit
    }
    /// [`marker`](Self::marker).
    pub fn marker(&self) -> rt::Option<&str> {
        self.marker.as_deref()
    }
}
/// Builds a [`ListAliasesRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListAliasesRequestBuilder {
    /// [`ListAliasesRequest::key_id`](ListAliasesRequest::key_id), if set.
    pub key_id: rt::Option<rt::String>,
    /// [`ListAliasesRequest::limit`](ListAliasesRequest::limit), if set.
    pub limit: rt::Option<i32>,
    /// [`ListAliasesRequest::marker`](ListAliasesRequest::marker), if set.
    pub marker: rt::Option<rt::String>,
}
impl ListAliasesRequestBuilder {
    /// Sets [`ListAliasesRequest::key_id`](ListAliasesRequest::key_id).
    pub fn key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key_id = Some(value.into());
        self
    }
    /// Sets or clears [`ListAliasesRequest::key_id`](ListAliasesRequest::key_id).
    pub fn set_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.key_id = value;
        self
    }
    /// Sets [`ListAliasesRequest::limit`](ListAliasesRequest::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets or clears [`ListAliasesRequest::limit`](ListAliasesRequest::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.limit = value;
        self
    }
    /// Sets [`ListAliasesRequest::marker`](ListAliasesRequest::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.marker = Some(value.into());
        self
    }
    /// Sets or clears [`ListAliasesRequest::marker`](ListAliasesRequest::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.marker = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListAliasesRequest {
        ListAliasesRequest {
            key_id: self.key_id,
            limit: self.limit,
            marker: self.marker,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListAliasesResponse {
    /// A list of aliases.
    pub aliases: rt::Option<rt::Vec<AliasListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: rt::Option<rt::String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: bool,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListAliasesResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListAliasesResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListAliasesResponse {
    /// A builder for this structure.
    pub fn builder() -> ListAliasesResponseBuilder {
        ListAliasesResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListAliasesResponse {
    /// [`aliases`](Self::aliases), empty when unset.
    pub fn aliases(&self) -> &[AliasListEntry] {
        self.aliases.as_deref().unwrap_or_default()
    }
    /// [`next_marker`](Self::next_marker).
    pub fn next_marker(&self) -> rt::Option<&str> {
        self.next_marker.as_deref()
    }
    /// [`truncated`](Self::truncated).
    pub fn truncated(&self) -> bool {
        self.truncated
    }
}
/// Builds a [`ListAliasesResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListAliasesResponseBuilder {
    /// [`ListAliasesResponse::aliases`](ListAliasesResponse::aliases), if set.
    pub aliases: rt::Option<rt::Vec<AliasListEntry>>,
    /// [`ListAliasesResponse::next_marker`](ListAliasesResponse::next_marker), if set.
    pub next_marker: rt::Option<rt::String>,
    /// [`ListAliasesResponse::truncated`](ListAliasesResponse::truncated), if set.
    pub truncated: rt::Option<bool>,
}
impl ListAliasesResponseBuilder {
    /// Appends one element to [`ListAliasesResponse::aliases`](ListAliasesResponse::aliases).
    pub fn aliases(mut self, value: impl rt::Into<AliasListEntry>) -> Self {
        self.aliases
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListAliasesResponse::aliases`](ListAliasesResponse::aliases).
    pub fn set_aliases(mut self, value: rt::Option<rt::Vec<AliasListEntry>>) -> Self {
        self.aliases = value;
        self
    }
    /// Sets [`ListAliasesResponse::next_marker`](ListAliasesResponse::next_marker).
    pub fn next_marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_marker = Some(value.into());
        self
    }
    /// Sets or clears [`ListAliasesResponse::next_marker`](ListAliasesResponse::next_marker).
    pub fn set_next_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_marker = value;
        self
    }
    /// Sets [`ListAliasesResponse::truncated`](ListAliasesResponse::truncated).
    pub fn truncated(mut self, value: impl rt::Into<bool>) -> Self {
        self.truncated = Some(value.into());
        self
    }
    /// Sets or clears [`ListAliasesResponse::truncated`](ListAliasesResponse::truncated).
    pub fn set_truncated(mut self, value: rt::Option<bool>) -> Self {
        self.truncated = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListAliasesResponse {
        ListAliasesResponse {
            aliases: self.aliases,
            next_marker: self.next_marker,
            truncated: self.truncated.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListKeysRequest {
    /// Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer.
    ///
    /// This value is optional. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100.
    pub limit: rt::Option<i32>,
    /// Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received.
    pub marker: rt::Option<rt::String>,
}
impl ListKeysRequest {
    /// A builder for this structure.
    pub fn builder() -> ListKeysRequestBuilder {
        ListKeysRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListKeysRequest {
    /// [`limit`](Self::limit).
    pub fn limit(&self) -> rt::Option<i32> {
        self.limit
    }
    /// [`marker`](Self::marker).
    pub fn marker(&self) -> rt::Option<&str> {
        self.marker.as_deref()
    }
}
/// Builds a [`ListKeysRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListKeysRequestBuilder {
    /// [`ListKeysRequest::limit`](ListKeysRequest::limit), if set.
    pub limit: rt::Option<i32>,
    /// [`ListKeysRequest::marker`](ListKeysRequest::marker), if set.
    pub marker: rt::Option<rt::String>,
}
impl ListKeysRequestBuilder {
    /// Sets [`ListKeysRequest::limit`](ListKeysRequest::limit).
    pub fn limit(mut self, value: impl rt::Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets or clears [`ListKeysRequest::limit`](ListKeysRequest::limit).
    pub fn set_limit(mut self, value: rt::Option<i32>) -> Self {
        self.limit = value;
        self
    }
    /// Sets [`ListKeysRequest::marker`](ListKeysRequest::marker).
    pub fn marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.marker = Some(value.into());
        self
    }
    /// Sets or clears [`ListKeysRequest::marker`](ListKeysRequest::marker).
    pub fn set_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.marker = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListKeysRequest {
        ListKeysRequest {
            limit: self.limit,
            marker: self.marker,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListKeysResponse {
    /// A list of KMS keys.
    pub keys: rt::Option<rt::Vec<KeyListEntry>>,
    /// When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request.
    pub next_marker: rt::Option<rt::String>,
    /// A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request.
    pub truncated: bool,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListKeysResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListKeysResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListKeysResponse {
    /// A builder for this structure.
    pub fn builder() -> ListKeysResponseBuilder {
        ListKeysResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListKeysResponse {
    /// [`keys`](Self::keys), empty when unset.
    pub fn keys(&self) -> &[KeyListEntry] {
        self.keys.as_deref().unwrap_or_default()
    }
    /// [`next_marker`](Self::next_marker).
    pub fn next_marker(&self) -> rt::Option<&str> {
        self.next_marker.as_deref()
    }
    /// [`truncated`](Self::truncated).
    pub fn truncated(&self) -> bool {
        self.truncated
    }
}
/// Builds a [`ListKeysResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListKeysResponseBuilder {
    /// [`ListKeysResponse::keys`](ListKeysResponse::keys), if set.
    pub keys: rt::Option<rt::Vec<KeyListEntry>>,
    /// [`ListKeysResponse::next_marker`](ListKeysResponse::next_marker), if set.
    pub next_marker: rt::Option<rt::String>,
    /// [`ListKeysResponse::truncated`](ListKeysResponse::truncated), if set.
    pub truncated: rt::Option<bool>,
}
impl ListKeysResponseBuilder {
    /// Appends one element to [`ListKeysResponse::keys`](ListKeysResponse::keys).
    pub fn keys(mut self, value: impl rt::Into<KeyListEntry>) -> Self {
        self.keys
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListKeysResponse::keys`](ListKeysResponse::keys).
    pub fn set_keys(mut self, value: rt::Option<rt::Vec<KeyListEntry>>) -> Self {
        self.keys = value;
        self
    }
    /// Sets [`ListKeysResponse::next_marker`](ListKeysResponse::next_marker).
    pub fn next_marker(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_marker = Some(value.into());
        self
    }
    /// Sets or clears [`ListKeysResponse::next_marker`](ListKeysResponse::next_marker).
    pub fn set_next_marker(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_marker = value;
        self
    }
    /// Sets [`ListKeysResponse::truncated`](ListKeysResponse::truncated).
    pub fn truncated(mut self, value: impl rt::Into<bool>) -> Self {
        self.truncated = Some(value.into());
        self
    }
    /// Sets or clears [`ListKeysResponse::truncated`](ListKeysResponse::truncated).
    pub fn set_truncated(mut self, value: rt::Option<bool>) -> Self {
        self.truncated = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListKeysResponse {
        ListKeysResponse {
            keys: self.keys,
            next_marker: self.next_marker,
            truncated: self.truncated.unwrap_or_default(),
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Describes the configuration of this multi-Region key. This field appears only when the KMS key is a primary or replica of a multi-Region key.
///
/// For more information about any listed KMS key, use the DescribeKey operation.
#[derive(Clone, Debug, PartialEq)]
pub struct MultiRegionConfiguration {
    /// Indicates whether the KMS key is a `PRIMARY` or `REPLICA` key.
    pub multi_region_key_type: rt::Option<MultiRegionKeyType>,
    /// Displays the key ARN and Region of the primary key. This field includes the current KMS key if it is the primary key.
    pub primary_key: rt::Option<MultiRegionKey>,
    /// displays the key ARNs and Regions of all replica keys. This field includes the current KMS key if it is a replica key.
    pub replica_keys: rt::Option<rt::Vec<MultiRegionKey>>,
}
impl MultiRegionConfiguration {
    /// A builder for this structure.
    pub fn builder() -> MultiRegionConfigurationBuilder {
        MultiRegionConfigurationBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl MultiRegionConfiguration {
    /// [`multi_region_key_type`](Self::multi_region_key_type).
    pub fn multi_region_key_type(&self) -> rt::Option<&MultiRegionKeyType> {
        self.multi_region_key_type.as_ref()
    }
    /// [`primary_key`](Self::primary_key).
    pub fn primary_key(&self) -> rt::Option<&MultiRegionKey> {
        self.primary_key.as_ref()
    }
    /// [`replica_keys`](Self::replica_keys), empty when unset.
    pub fn replica_keys(&self) -> &[MultiRegionKey] {
        self.replica_keys.as_deref().unwrap_or_default()
    }
}
/// Builds a [`MultiRegionConfiguration`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MultiRegionConfigurationBuilder {
    /// [`MultiRegionConfiguration::multi_region_key_type`](MultiRegionConfiguration::multi_region_key_type), if set.
    pub multi_region_key_type: rt::Option<MultiRegionKeyType>,
    /// [`MultiRegionConfiguration::primary_key`](MultiRegionConfiguration::primary_key), if set.
    pub primary_key: rt::Option<MultiRegionKey>,
    /// [`MultiRegionConfiguration::replica_keys`](MultiRegionConfiguration::replica_keys), if set.
    pub replica_keys: rt::Option<rt::Vec<MultiRegionKey>>,
}
impl MultiRegionConfigurationBuilder {
    /// Sets [`MultiRegionConfiguration::multi_region_key_type`](MultiRegionConfiguration::multi_region_key_type).
    pub fn multi_region_key_type(mut self, value: impl rt::Into<MultiRegionKeyType>) -> Self {
        self.multi_region_key_type = Some(value.into());
        self
    }
    /// Sets or clears [`MultiRegionConfiguration::multi_region_key_type`](MultiRegionConfiguration::multi_region_key_type).
    pub fn set_multi_region_key_type(mut self, value: rt::Option<MultiRegionKeyType>) -> Self {
        self.multi_region_key_type = value;
        self
    }
    /// Sets [`MultiRegionConfiguration::primary_key`](MultiRegionConfiguration::primary_key).
    pub fn primary_key(mut self, value: impl rt::Into<MultiRegionKey>) -> Self {
        self.primary_key = Some(value.into());
        self
    }
    /// Sets or clears [`MultiRegionConfiguration::primary_key`](MultiRegionConfiguration::primary_key).
    pub fn set_primary_key(mut self, value: rt::Option<MultiRegionKey>) -> Self {
        self.primary_key = value;
        self
    }
    /// Appends one element to [`MultiRegionConfiguration::replica_keys`](MultiRegionConfiguration::replica_keys).
    pub fn replica_keys(mut self, value: impl rt::Into<MultiRegionKey>) -> Self {
        self.replica_keys
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`MultiRegionConfiguration::replica_keys`](MultiRegionConfiguration::replica_keys).
    pub fn set_replica_keys(mut self, value: rt::Option<rt::Vec<MultiRegionKey>>) -> Self {
        self.replica_keys = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> MultiRegionConfiguration {
        MultiRegionConfiguration {
            multi_region_key_type: self.multi_region_key_type,
            primary_key: self.primary_key,
            replica_keys: self.replica_keys,
        }
    }
}
/// Describes the primary or replica key in a multi-Region key.
#[derive(Clone, Debug, PartialEq)]
pub struct MultiRegionKey {
    /// Displays the key ARN of a primary or replica key of a multi-Region key.
    pub arn: rt::Option<rt::String>,
    /// Displays the Amazon Web Services Region of a primary or replica key in a multi-Region key.
    pub region: rt::Option<rt::String>,
}
impl MultiRegionKey {
    /// A builder for this structure.
    pub fn builder() -> MultiRegionKeyBuilder {
        MultiRegionKeyBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl MultiRegionKey {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`region`](Self::region).
    pub fn region(&self) -> rt::Option<&str> {
        self.region.as_deref()
    }
}
/// Builds a [`MultiRegionKey`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MultiRegionKeyBuilder {
    /// [`MultiRegionKey::arn`](MultiRegionKey::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`MultiRegionKey::region`](MultiRegionKey::region), if set.
    pub region: rt::Option<rt::String>,
}
impl MultiRegionKeyBuilder {
    /// Sets [`MultiRegionKey::arn`](MultiRegionKey::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`MultiRegionKey::arn`](MultiRegionKey::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`MultiRegionKey::region`](MultiRegionKey::region).
    pub fn region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets or clears [`MultiRegionKey::region`](MultiRegionKey::region).
    pub fn set_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.region = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> MultiRegionKey {
        MultiRegionKey {
            arn: self.arn,
            region: self.region,
        }
    }
}
/// Contains information about the party that receives the response from the API operation.
///
/// This data type is designed to support Amazon Web Services Nitro Enclaves, which lets you create an isolated compute environment in Amazon EC2. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves, see [How Amazon Web Services Nitro Enclaves uses KMS](https://docs.aws.amazon.com/kms/latest/developerguide/services-nitro-enclaves.html) in the *Key Management Service Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct RecipientInfo {
    /// The attestation document for an Amazon Web Services Nitro Enclave. This document includes the enclave's public key.
    pub attestation_document: rt::Option<rt::Blob>,
    /// The encryption algorithm that KMS should use with the public key for an Amazon Web Services Nitro Enclave to encrypt plaintext values for the response. The only valid value is `RSAES_OAEP_SHA_256`.
    pub key_encryption_algorithm: rt::Option<KeyEncryptionMechanism>,
}
impl RecipientInfo {
    /// A builder for this structure.
    pub fn builder() -> RecipientInfoBuilder {
        RecipientInfoBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RecipientInfo {
    /// [`attestation_document`](Self::attestation_document).
    pub fn attestation_document(&self) -> rt::Option<&rt::Blob> {
        self.attestation_document.as_ref()
    }
    /// [`key_encryption_algorithm`](Self::key_encryption_algorithm).
    pub fn key_encryption_algorithm(&self) -> rt::Option<&KeyEncryptionMechanism> {
        self.key_encryption_algorithm.as_ref()
    }
}
/// Builds a [`RecipientInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecipientInfoBuilder {
    /// [`RecipientInfo::attestation_document`](RecipientInfo::attestation_document), if set.
    pub attestation_document: rt::Option<rt::Blob>,
    /// [`RecipientInfo::key_encryption_algorithm`](RecipientInfo::key_encryption_algorithm), if set.
    pub key_encryption_algorithm: rt::Option<KeyEncryptionMechanism>,
}
impl RecipientInfoBuilder {
    /// Sets [`RecipientInfo::attestation_document`](RecipientInfo::attestation_document).
    pub fn attestation_document(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.attestation_document = Some(value.into());
        self
    }
    /// Sets or clears [`RecipientInfo::attestation_document`](RecipientInfo::attestation_document).
    pub fn set_attestation_document(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.attestation_document = value;
        self
    }
    /// Sets [`RecipientInfo::key_encryption_algorithm`](RecipientInfo::key_encryption_algorithm).
    pub fn key_encryption_algorithm(
        mut self,
        value: impl rt::Into<KeyEncryptionMechanism>,
    ) -> Self {
        self.key_encryption_algorithm = Some(value.into());
        self
    }
    /// Sets or clears [`RecipientInfo::key_encryption_algorithm`](RecipientInfo::key_encryption_algorithm).
    pub fn set_key_encryption_algorithm(
        mut self,
        value: rt::Option<KeyEncryptionMechanism>,
    ) -> Self {
        self.key_encryption_algorithm = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RecipientInfo {
        RecipientInfo {
            attestation_document: self.attestation_document,
            key_encryption_algorithm: self.key_encryption_algorithm,
        }
    }
}
/// A key-value pair. A tag consists of a tag key and a tag value. Tag keys and tag values are both required, but tag values can be empty (null) strings.
///
/// **Note:** Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
///
/// For information about the rules that apply to tag keys and tag values, see [User-Defined Tag Restrictions](https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/allocation-tag-restrictions.html) in the *Amazon Web Services Billing and Cost Management User Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    /// The key of the tag.
    pub tag_key: rt::String,
    /// The value of the tag.
    pub tag_value: rt::String,
}
impl Tag {
    /// A builder for this structure.
    pub fn builder() -> TagBuilder {
        TagBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Tag {
    /// [`tag_key`](Self::tag_key).
    pub fn tag_key(&self) -> &str {
        &self.tag_key
    }
    /// [`tag_value`](Self::tag_value).
    pub fn tag_value(&self) -> &str {
        &self.tag_value
    }
}
/// Builds a [`Tag`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagBuilder {
    /// [`Tag::tag_key`](Tag::tag_key), if set.
    pub tag_key: rt::Option<rt::String>,
    /// [`Tag::tag_value`](Tag::tag_value), if set.
    pub tag_value: rt::Option<rt::String>,
}
impl TagBuilder {
    /// Sets [`Tag::tag_key`](Tag::tag_key).
    pub fn tag_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tag_key = Some(value.into());
        self
    }
    /// Sets or clears [`Tag::tag_key`](Tag::tag_key).
    pub fn set_tag_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.tag_key = value;
        self
    }
    /// Sets [`Tag::tag_value`](Tag::tag_value).
    pub fn tag_value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.tag_value = Some(value.into());
        self
    }
    /// Sets or clears [`Tag::tag_value`](Tag::tag_value).
    pub fn set_tag_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.tag_value = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Tag, rt::BuildError> {
        Ok(Tag {
            tag_key: self.tag_key.ok_or(rt::BuildError {
                shape: "Tag",
                member: "TagKey",
            })?,
            tag_value: self.tag_value.ok_or(rt::BuildError {
                shape: "Tag",
                member: "TagValue",
            })?,
        })
    }
}
/// Information about the [external key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) that is associated with a KMS key in an external key store.
///
/// This element appears in a CreateKey or DescribeKey response only for a KMS key in an external key store.
///
/// The *external key* is a symmetric encryption key that is hosted by an external key manager outside of Amazon Web Services. When you use the KMS key in an external key store in a cryptographic operation, the cryptographic operation is performed in the external key manager using the specified external key. For more information, see [External key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) in the *Key Management Service Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct XksKeyConfigurationType {
    /// The ID of the external key in its external key manager. This is the ID that the external key store proxy uses to identify the external key.
    pub id: rt::Option<rt::String>,
}
impl XksKeyConfigurationType {
    /// A builder for this structure.
    pub fn builder() -> XksKeyConfigurationTypeBuilder {
        XksKeyConfigurationTypeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl XksKeyConfigurationType {
    /// [`id`](Self::id).
    pub fn id(&self) -> rt::Option<&str> {
        self.id.as_deref()
    }
}
/// Builds a [`XksKeyConfigurationType`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct XksKeyConfigurationTypeBuilder {
    /// [`XksKeyConfigurationType::id`](XksKeyConfigurationType::id), if set.
    pub id: rt::Option<rt::String>,
}
impl XksKeyConfigurationTypeBuilder {
    /// Sets [`XksKeyConfigurationType::id`](XksKeyConfigurationType::id).
    pub fn id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets or clears [`XksKeyConfigurationType::id`](XksKeyConfigurationType::id).
    pub fn set_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> XksKeyConfigurationType {
        XksKeyConfigurationType { id: self.id }
    }
}

::codegen_rt::string_enum! {
    /// **Deprecated**. This enum has been deprecated. Instead, use the KeySpec enum.
    #[deprecated(note = "deprecated in the model. This enum has been deprecated. Instead, use the KeySpec enum.")]
    pub enum CustomerMasterKeySpec {
        EccNistP256 = "ECC_NIST_P256",
        EccNistP384 = "ECC_NIST_P384",
        EccNistP521 = "ECC_NIST_P521",
        EccSecgP256k1 = "ECC_SECG_P256K1",
        Hmac224 = "HMAC_224",
        Hmac256 = "HMAC_256",
        Hmac384 = "HMAC_384",
        Hmac512 = "HMAC_512",
        Rsa2048 = "RSA_2048",
        Rsa3072 = "RSA_3072",
        Rsa4096 = "RSA_4096",
        Sm2 = "SM2",
        SymmetricDefault = "SYMMETRIC_DEFAULT",
    }
}

::codegen_rt::string_enum! {
    pub enum DataKeySpec {
        Aes128 = "AES_128",
        Aes256 = "AES_256",
    }
}

::codegen_rt::string_enum! {
    pub enum EncryptionAlgorithmSpec {
        RsaesOaepSha1 = "RSAES_OAEP_SHA_1",
        RsaesOaepSha256 = "RSAES_OAEP_SHA_256",
        Sm2pke = "SM2PKE",
        SymmetricDefault = "SYMMETRIC_DEFAULT",
    }
}

::codegen_rt::string_enum! {
    pub enum ExpirationModelType {
        KeyMaterialDoesNotExpire = "KEY_MATERIAL_DOES_NOT_EXPIRE",
        KeyMaterialExpires = "KEY_MATERIAL_EXPIRES",
    }
}

::codegen_rt::string_enum! {
    pub enum KeyAgreementAlgorithmSpec {
        Ecdh = "ECDH",
    }
}

::codegen_rt::string_enum! {
    pub enum KeyEncryptionMechanism {
        RsaesOaepSha256 = "RSAES_OAEP_SHA_256",
    }
}

::codegen_rt::string_enum! {
    pub enum KeyManagerType {
        Aws = "AWS",
        Customer = "CUSTOMER",
    }
}

::codegen_rt::string_enum! {
    pub enum KeySpec {
        EccNistP256 = "ECC_NIST_P256",
        EccNistP384 = "ECC_NIST_P384",
        EccNistP521 = "ECC_NIST_P521",
        EccSecgP256k1 = "ECC_SECG_P256K1",
        Hmac224 = "HMAC_224",
        Hmac256 = "HMAC_256",
        Hmac384 = "HMAC_384",
        Hmac512 = "HMAC_512",
        Rsa2048 = "RSA_2048",
        Rsa3072 = "RSA_3072",
        Rsa4096 = "RSA_4096",
        Sm2 = "SM2",
        SymmetricDefault = "SYMMETRIC_DEFAULT",
    }
}

::codegen_rt::string_enum! {
    pub enum KeyState {
        Creating = "Creating",
        Disabled = "Disabled",
        Enabled = "Enabled",
        PendingDeletion = "PendingDeletion",
        PendingImport = "PendingImport",
        PendingReplicaDeletion = "PendingReplicaDeletion",
        Unavailable = "Unavailable",
        Updating = "Updating",
    }
}

::codegen_rt::string_enum! {
    pub enum KeyUsageType {
        EncryptDecrypt = "ENCRYPT_DECRYPT",
        GenerateVerifyMac = "GENERATE_VERIFY_MAC",
        KeyAgreement = "KEY_AGREEMENT",
        SignVerify = "SIGN_VERIFY",
    }
}

::codegen_rt::string_enum! {
    pub enum MacAlgorithmSpec {
        HmacSha224 = "HMAC_SHA_224",
        HmacSha256 = "HMAC_SHA_256",
        HmacSha384 = "HMAC_SHA_384",
        HmacSha512 = "HMAC_SHA_512",
    }
}

::codegen_rt::string_enum! {
    pub enum MultiRegionKeyType {
        Primary = "PRIMARY",
        Replica = "REPLICA",
    }
}

::codegen_rt::string_enum! {
    pub enum OriginType {
        AwsCloudhsm = "AWS_CLOUDHSM",
        AwsKms = "AWS_KMS",
        External = "EXTERNAL",
        ExternalKeyStore = "EXTERNAL_KEY_STORE",
    }
}

::codegen_rt::string_enum! {
    pub enum SigningAlgorithmSpec {
        EcdsaSha256 = "ECDSA_SHA_256",
        EcdsaSha384 = "ECDSA_SHA_384",
        EcdsaSha512 = "ECDSA_SHA_512",
        RsassaPkcs1V15Sha256 = "RSASSA_PKCS1_V1_5_SHA_256",
        RsassaPkcs1V15Sha384 = "RSASSA_PKCS1_V1_5_SHA_384",
        RsassaPkcs1V15Sha512 = "RSASSA_PKCS1_V1_5_SHA_512",
        RsassaPssSha256 = "RSASSA_PSS_SHA_256",
        RsassaPssSha384 = "RSASSA_PSS_SHA_384",
        RsassaPssSha512 = "RSASSA_PSS_SHA_512",
        Sm2dsa = "SM2DSA",
    }
}
