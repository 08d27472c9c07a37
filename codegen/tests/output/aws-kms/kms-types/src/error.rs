// Generated from models/aws-kms.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Errors: the modeled error structures, and per operation an enum of
//! the errors it can return.
#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
/// The request was rejected because it attempted to create a resource that already exists.
#[derive(Clone, Debug, PartialEq)]
pub struct AlreadyExistsException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for AlreadyExistsException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for AlreadyExistsException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl AlreadyExistsException {
    /// A builder for this structure.
    pub fn builder() -> AlreadyExistsExceptionBuilder {
        AlreadyExistsExceptionBuilder::default()
    }
}
/// Builds a [`AlreadyExistsException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AlreadyExistsExceptionBuilder {
    /// [`AlreadyExistsException::message`](AlreadyExistsException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl AlreadyExistsExceptionBuilder {
    /// Sets [`AlreadyExistsException::message`](AlreadyExistsException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`AlreadyExistsException::message`](AlreadyExistsException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AlreadyExistsException {
        AlreadyExistsException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl AlreadyExistsException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "AlreadyExistsException";
}
impl rt::ModeledError for AlreadyExistsException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#AlreadyExistsException"
    }
    fn status(&self) -> u16 {
        409
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for AlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for AlreadyExistsException {}
/// The request was rejected because the associated CloudHSM cluster did not meet the configuration requirements for an CloudHSM key store.
///
/// - The CloudHSM cluster must be configured with private subnets in at least two different Availability Zones in the Region.
/// - The [security group for the cluster](https://docs.aws.amazon.com/cloudhsm/latest/userguide/configure-sg.html) (cloudhsm-cluster-**-sg) must include inbound rules and outbound rules that allow TCP traffic on ports 2223-2225. The **Source** in the inbound rules and the **Destination** in the outbound rules must match the security group ID. These rules are set by default when you create the CloudHSM cluster. Do not delete or change them. To get information about a particular security group, use the [DescribeSecurityGroups](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroups.html) operation.
/// - The CloudHSM cluster must contain at least as many HSMs as the operation requires. To add HSMs, use the CloudHSM [CreateHsm](https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_CreateHsm.html) operation. For the CreateCustomKeyStore, UpdateCustomKeyStore, and CreateKey operations, the CloudHSM cluster must have at least two active HSMs, each in a different Availability Zone. For the ConnectCustomKeyStore operation, the CloudHSM must contain at least one active HSM.
///
/// For information about the requirements for an CloudHSM cluster that is associated with an CloudHSM key store, see [Assemble the Prerequisites](https://docs.aws.amazon.com/kms/latest/developerguide/create-keystore.html#before-keystore) in the *Key Management Service Developer Guide*. For information about creating a private subnet for an CloudHSM cluster, see [Create a Private Subnet](https://docs.aws.amazon.com/cloudhsm/latest/userguide/create-subnets.html) in the *CloudHSM User Guide*. For information about cluster security groups, see [Configure a Default Security Group](https://docs.aws.amazon.com/cloudhsm/latest/userguide/configure-sg.html) in the * *CloudHSM User Guide* *.
#[derive(Clone, Debug, PartialEq)]
pub struct CloudHsmClusterInvalidConfigurationException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CloudHsmClusterInvalidConfigurationException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CloudHsmClusterInvalidConfigurationException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CloudHsmClusterInvalidConfigurationException {
    /// A builder for this structure.
    pub fn builder() -> CloudHsmClusterInvalidConfigurationExceptionBuilder {
        CloudHsmClusterInvalidConfigurationExceptionBuilder::default()
    }
}
/// Builds a [`CloudHsmClusterInvalidConfigurationException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CloudHsmClusterInvalidConfigurationExceptionBuilder {
    /// [`CloudHsmClusterInvalidConfigurationException::message`](CloudHsmClusterInvalidConfigurationException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl CloudHsmClusterInvalidConfigurationExceptionBuilder {
    /// Sets [`CloudHsmClusterInvalidConfigurationException::message`](CloudHsmClusterInvalidConfigurationException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`CloudHsmClusterInvalidConfigurationException::message`](CloudHsmClusterInvalidConfigurationException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CloudHsmClusterInvalidConfigurationException {
        CloudHsmClusterInvalidConfigurationException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl CloudHsmClusterInvalidConfigurationException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "CloudHsmClusterInvalidConfigurationException";
}
impl rt::ModeledError for CloudHsmClusterInvalidConfigurationException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#CloudHsmClusterInvalidConfigurationException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for CloudHsmClusterInvalidConfigurationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for CloudHsmClusterInvalidConfigurationException {}
/// The request was rejected because of the `ConnectionState` of the custom key store. To get the `ConnectionState` of a custom key store, use the DescribeCustomKeyStores operation.
///
/// This exception is thrown under the following conditions:
///
/// - You requested the ConnectCustomKeyStore operation on a custom key store with a `ConnectionState` of `DISCONNECTING` or `FAILED`. This operation is valid for all other `ConnectionState` values. To reconnect a custom key store in a `FAILED` state, disconnect it (DisconnectCustomKeyStore), then connect it (`ConnectCustomKeyStore`).
/// - You requested the CreateKey operation in a custom key store that is not connected. This operations is valid only when the custom key store `ConnectionState` is `CONNECTED`.
/// - You requested the DisconnectCustomKeyStore operation on a custom key store with a `ConnectionState` of `DISCONNECTING` or `DISCONNECTED`. This operation is valid for all other `ConnectionState` values.
/// - You requested the UpdateCustomKeyStore or DeleteCustomKeyStore operation on a custom key store that is not disconnected. This operation is valid only when the custom key store `ConnectionState` is `DISCONNECTED`.
/// - You requested the GenerateRandom operation in an CloudHSM key store that is not connected. This operation is valid only when the CloudHSM key store `ConnectionState` is `CONNECTED`.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomKeyStoreInvalidStateException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CustomKeyStoreInvalidStateException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CustomKeyStoreInvalidStateException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CustomKeyStoreInvalidStateException {
    /// A builder for this structure.
    pub fn builder() -> CustomKeyStoreInvalidStateExceptionBuilder {
        CustomKeyStoreInvalidStateExceptionBuilder::default()
    }
}
/// Builds a [`CustomKeyStoreInvalidStateException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomKeyStoreInvalidStateExceptionBuilder {
    /// [`CustomKeyStoreInvalidStateException::message`](CustomKeyStoreInvalidStateException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl CustomKeyStoreInvalidStateExceptionBuilder {
    /// Sets [`CustomKeyStoreInvalidStateException::message`](CustomKeyStoreInvalidStateException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`CustomKeyStoreInvalidStateException::message`](CustomKeyStoreInvalidStateException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CustomKeyStoreInvalidStateException {
        CustomKeyStoreInvalidStateException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl CustomKeyStoreInvalidStateException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "CustomKeyStoreInvalidStateException";
}
impl rt::ModeledError for CustomKeyStoreInvalidStateException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#CustomKeyStoreInvalidStateException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for CustomKeyStoreInvalidStateException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for CustomKeyStoreInvalidStateException {}
/// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomKeyStoreNotFoundException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CustomKeyStoreNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CustomKeyStoreNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CustomKeyStoreNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> CustomKeyStoreNotFoundExceptionBuilder {
        CustomKeyStoreNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`CustomKeyStoreNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomKeyStoreNotFoundExceptionBuilder {
    /// [`CustomKeyStoreNotFoundException::message`](CustomKeyStoreNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl CustomKeyStoreNotFoundExceptionBuilder {
    /// Sets [`CustomKeyStoreNotFoundException::message`](CustomKeyStoreNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`CustomKeyStoreNotFoundException::message`](CustomKeyStoreNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CustomKeyStoreNotFoundException {
        CustomKeyStoreNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl CustomKeyStoreNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "CustomKeyStoreNotFoundException";
}
impl rt::ModeledError for CustomKeyStoreNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#CustomKeyStoreNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for CustomKeyStoreNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for CustomKeyStoreNotFoundException {}
/// The system timed out while trying to fulfill the request. You can retry the request.
#[derive(Clone, Debug, PartialEq)]
pub struct DependencyTimeoutException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DependencyTimeoutException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DependencyTimeoutException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DependencyTimeoutException {
    /// A builder for this structure.
    pub fn builder() -> DependencyTimeoutExceptionBuilder {
        DependencyTimeoutExceptionBuilder::default()
    }
}
/// Builds a [`DependencyTimeoutException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DependencyTimeoutExceptionBuilder {
    /// [`DependencyTimeoutException::message`](DependencyTimeoutException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl DependencyTimeoutExceptionBuilder {
    /// Sets [`DependencyTimeoutException::message`](DependencyTimeoutException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`DependencyTimeoutException::message`](DependencyTimeoutException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DependencyTimeoutException {
        DependencyTimeoutException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl DependencyTimeoutException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "DependencyTimeoutException";
}
impl rt::ModeledError for DependencyTimeoutException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#DependencyTimeoutException"
    }
    fn status(&self) -> u16 {
        503
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for DependencyTimeoutException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for DependencyTimeoutException {}
/// The request was rejected because the specified KMS key is not enabled.
#[derive(Clone, Debug, PartialEq)]
pub struct DisabledException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DisabledException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DisabledException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DisabledException {
    /// A builder for this structure.
    pub fn builder() -> DisabledExceptionBuilder {
        DisabledExceptionBuilder::default()
    }
}
/// Builds a [`DisabledException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DisabledExceptionBuilder {
    /// [`DisabledException::message`](DisabledException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl DisabledExceptionBuilder {
    /// Sets [`DisabledException::message`](DisabledException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`DisabledException::message`](DisabledException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DisabledException {
        DisabledException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl DisabledException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "DisabledException";
}
impl rt::ModeledError for DisabledException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#DisabledException"
    }
    fn status(&self) -> u16 {
        409
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for DisabledException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for DisabledException {}
/// The request was rejected because the DryRun parameter was specified.
#[derive(Clone, Debug, PartialEq)]
pub struct DryRunOperationException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DryRunOperationException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DryRunOperationException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DryRunOperationException {
    /// A builder for this structure.
    pub fn builder() -> DryRunOperationExceptionBuilder {
        DryRunOperationExceptionBuilder::default()
    }
}
/// Builds a [`DryRunOperationException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DryRunOperationExceptionBuilder {
    /// [`DryRunOperationException::message`](DryRunOperationException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl DryRunOperationExceptionBuilder {
    /// Sets [`DryRunOperationException::message`](DryRunOperationException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`DryRunOperationException::message`](DryRunOperationException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DryRunOperationException {
        DryRunOperationException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl DryRunOperationException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "DryRunOperationException";
}
impl rt::ModeledError for DryRunOperationException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#DryRunOperationException"
    }
    fn status(&self) -> u16 {
        412
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for DryRunOperationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for DryRunOperationException {}
/// The request was rejected because the specified KMS key cannot decrypt the data. The `KeyId` in a Decrypt request and the `SourceKeyId` in a ReEncrypt request must identify the same KMS key that was used to encrypt the ciphertext.
#[derive(Clone, Debug, PartialEq)]
pub struct IncorrectKeyException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for IncorrectKeyException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for IncorrectKeyException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl IncorrectKeyException {
    /// A builder for this structure.
    pub fn builder() -> IncorrectKeyExceptionBuilder {
        IncorrectKeyExceptionBuilder::default()
    }
}
/// Builds a [`IncorrectKeyException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IncorrectKeyExceptionBuilder {
    /// [`IncorrectKeyException::message`](IncorrectKeyException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl IncorrectKeyExceptionBuilder {
    /// Sets [`IncorrectKeyException::message`](IncorrectKeyException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`IncorrectKeyException::message`](IncorrectKeyException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> IncorrectKeyException {
        IncorrectKeyException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl IncorrectKeyException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "IncorrectKeyException";
}
impl rt::ModeledError for IncorrectKeyException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#IncorrectKeyException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for IncorrectKeyException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for IncorrectKeyException {}
/// The request was rejected because the specified alias name is not valid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidAliasNameException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidAliasNameException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidAliasNameException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidAliasNameException {
    /// A builder for this structure.
    pub fn builder() -> InvalidAliasNameExceptionBuilder {
        InvalidAliasNameExceptionBuilder::default()
    }
}
/// Builds a [`InvalidAliasNameException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidAliasNameExceptionBuilder {
    /// [`InvalidAliasNameException::message`](InvalidAliasNameException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidAliasNameExceptionBuilder {
    /// Sets [`InvalidAliasNameException::message`](InvalidAliasNameException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidAliasNameException::message`](InvalidAliasNameException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidAliasNameException {
        InvalidAliasNameException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidAliasNameException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidAliasNameException";
}
impl rt::ModeledError for InvalidAliasNameException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#InvalidAliasNameException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidAliasNameException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidAliasNameException {}
/// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidArnException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidArnException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidArnException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidArnException {
    /// A builder for this structure.
    pub fn builder() -> InvalidArnExceptionBuilder {
        InvalidArnExceptionBuilder::default()
    }
}
/// Builds a [`InvalidArnException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidArnExceptionBuilder {
    /// [`InvalidArnException::message`](InvalidArnException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidArnExceptionBuilder {
    /// Sets [`InvalidArnException::message`](InvalidArnException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidArnException::message`](InvalidArnException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidArnException {
        InvalidArnException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidArnException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidArnException";
}
impl rt::ModeledError for InvalidArnException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#InvalidArnException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidArnException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidArnException {}
/// From the Decrypt or ReEncrypt operation, the request was rejected because the specified ciphertext, or additional authenticated data incorporated into the ciphertext, such as the encryption context, is corrupted, missing, or otherwise invalid.
///
/// From the ImportKeyMaterial operation, the request was rejected because KMS could not decrypt the encrypted (wrapped) key material.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidCiphertextException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidCiphertextException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidCiphertextException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidCiphertextException {
    /// A builder for this structure.
    pub fn builder() -> InvalidCiphertextExceptionBuilder {
        InvalidCiphertextExceptionBuilder::default()
    }
}
/// Builds a [`InvalidCiphertextException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidCiphertextExceptionBuilder {
    /// [`InvalidCiphertextException::message`](InvalidCiphertextException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidCiphertextExceptionBuilder {
    /// Sets [`InvalidCiphertextException::message`](InvalidCiphertextException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidCiphertextException::message`](InvalidCiphertextException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidCiphertextException {
        InvalidCiphertextException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidCiphertextException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidCiphertextException";
}
impl rt::ModeledError for InvalidCiphertextException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#InvalidCiphertextException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidCiphertextException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidCiphertextException {}
/// The request was rejected because the specified grant token is not valid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidGrantTokenException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidGrantTokenException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidGrantTokenException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidGrantTokenException {
    /// A builder for this structure.
    pub fn builder() -> InvalidGrantTokenExceptionBuilder {
        InvalidGrantTokenExceptionBuilder::default()
    }
}
/// Builds a [`InvalidGrantTokenException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidGrantTokenExceptionBuilder {
    /// [`InvalidGrantTokenException::message`](InvalidGrantTokenException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidGrantTokenExceptionBuilder {
    /// Sets [`InvalidGrantTokenException::message`](InvalidGrantTokenException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidGrantTokenException::message`](InvalidGrantTokenException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidGrantTokenException {
        InvalidGrantTokenException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidGrantTokenException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidGrantTokenException";
}
impl rt::ModeledError for InvalidGrantTokenException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#InvalidGrantTokenException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidGrantTokenException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidGrantTokenException {}
/// The request was rejected for one of the following reasons:
///
/// - The `KeyUsage` value of the KMS key is incompatible with the API operation.
/// - The encryption algorithm or signing algorithm specified for the operation is incompatible with the type of key material in the KMS key `(KeySpec`).
///
/// For encrypting, decrypting, re-encrypting, and generating data keys, the `KeyUsage` must be `ENCRYPT_DECRYPT`. For signing and verifying messages, the `KeyUsage` must be `SIGN_VERIFY`. For generating and verifying message authentication codes (MACs), the `KeyUsage` must be `GENERATE_VERIFY_MAC`. For deriving key agreement secrets, the `KeyUsage` must be `KEY_AGREEMENT`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation.
///
/// To find the encryption or signing algorithms supported for a particular KMS key, use the DescribeKey operation.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidKeyUsageException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidKeyUsageException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidKeyUsageException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidKeyUsageException {
    /// A builder for this structure.
    pub fn builder() -> InvalidKeyUsageExceptionBuilder {
        InvalidKeyUsageExceptionBuilder::default()
    }
}
/// Builds a [`InvalidKeyUsageException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidKeyUsageExceptionBuilder {
    /// [`InvalidKeyUsageException::message`](InvalidKeyUsageException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidKeyUsageExceptionBuilder {
    /// Sets [`InvalidKeyUsageException::message`](InvalidKeyUsageException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidKeyUsageException::message`](InvalidKeyUsageException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidKeyUsageException {
        InvalidKeyUsageException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidKeyUsageException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidKeyUsageException";
}
impl rt::ModeledError for InvalidKeyUsageException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#InvalidKeyUsageException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidKeyUsageException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidKeyUsageException {}
/// The request was rejected because the marker that specifies where pagination should next begin is not valid.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidMarkerException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for InvalidMarkerException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for InvalidMarkerException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl InvalidMarkerException {
    /// A builder for this structure.
    pub fn builder() -> InvalidMarkerExceptionBuilder {
        InvalidMarkerExceptionBuilder::default()
    }
}
/// Builds a [`InvalidMarkerException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InvalidMarkerExceptionBuilder {
    /// [`InvalidMarkerException::message`](InvalidMarkerException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl InvalidMarkerExceptionBuilder {
    /// Sets [`InvalidMarkerException::message`](InvalidMarkerException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`InvalidMarkerException::message`](InvalidMarkerException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> InvalidMarkerException {
        InvalidMarkerException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl InvalidMarkerException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "InvalidMarkerException";
}
impl rt::ModeledError for InvalidMarkerException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#InvalidMarkerException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for InvalidMarkerException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for InvalidMarkerException {}
/// The request was rejected because the specified KMS key was not available. You can retry the request.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyUnavailableException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KeyUnavailableException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KeyUnavailableException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KeyUnavailableException {
    /// A builder for this structure.
    pub fn builder() -> KeyUnavailableExceptionBuilder {
        KeyUnavailableExceptionBuilder::default()
    }
}
/// Builds a [`KeyUnavailableException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyUnavailableExceptionBuilder {
    /// [`KeyUnavailableException::message`](KeyUnavailableException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KeyUnavailableExceptionBuilder {
    /// Sets [`KeyUnavailableException::message`](KeyUnavailableException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KeyUnavailableException::message`](KeyUnavailableException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KeyUnavailableException {
        KeyUnavailableException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KeyUnavailableException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KeyUnavailableException";
}
impl rt::ModeledError for KeyUnavailableException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#KeyUnavailableException"
    }
    fn status(&self) -> u16 {
        500
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for KeyUnavailableException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KeyUnavailableException {}
/// The request was rejected because an internal exception occurred. The request can be retried.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsInternalException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsInternalException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsInternalException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsInternalException {
    /// A builder for this structure.
    pub fn builder() -> KmsInternalExceptionBuilder {
        KmsInternalExceptionBuilder::default()
    }
}
/// Builds a [`KmsInternalException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsInternalExceptionBuilder {
    /// [`KmsInternalException::message`](KmsInternalException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsInternalExceptionBuilder {
    /// Sets [`KmsInternalException::message`](KmsInternalException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsInternalException::message`](KmsInternalException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsInternalException {
        KmsInternalException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsInternalException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KMSInternalException";
}
impl rt::ModeledError for KmsInternalException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#KMSInternalException"
    }
    fn status(&self) -> u16 {
        500
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for KmsInternalException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsInternalException {}
/// The request was rejected because the state of the specified resource is not valid for this request.
///
/// This exceptions means one of the following:
///
/// - The key state of the KMS key is not compatible with the operation. To find the key state, use the DescribeKey operation. For more information about which key states are compatible with each KMS operation, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the * *Key Management Service Developer Guide* *.
/// - For cryptographic operations on KMS keys in custom key stores, this exception represents a general failure with many possible causes. To identify the cause, see the error message that accompanies the exception.
#[derive(Clone, Debug, PartialEq)]
pub struct KmsInvalidStateException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for KmsInvalidStateException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for KmsInvalidStateException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl KmsInvalidStateException {
    /// A builder for this structure.
    pub fn builder() -> KmsInvalidStateExceptionBuilder {
        KmsInvalidStateExceptionBuilder::default()
    }
}
/// Builds a [`KmsInvalidStateException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmsInvalidStateExceptionBuilder {
    /// [`KmsInvalidStateException::message`](KmsInvalidStateException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl KmsInvalidStateExceptionBuilder {
    /// Sets [`KmsInvalidStateException::message`](KmsInvalidStateException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`KmsInvalidStateException::message`](KmsInvalidStateException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> KmsInvalidStateException {
        KmsInvalidStateException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl KmsInvalidStateException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "KMSInvalidStateException";
}
impl rt::ModeledError for KmsInvalidStateException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#KMSInvalidStateException"
    }
    fn status(&self) -> u16 {
        409
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for KmsInvalidStateException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for KmsInvalidStateException {}
/// The request was rejected because a quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitExceededException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for LimitExceededException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for LimitExceededException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl LimitExceededException {
    /// A builder for this structure.
    pub fn builder() -> LimitExceededExceptionBuilder {
        LimitExceededExceptionBuilder::default()
    }
}
/// Builds a [`LimitExceededException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LimitExceededExceptionBuilder {
    /// [`LimitExceededException::message`](LimitExceededException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl LimitExceededExceptionBuilder {
    /// Sets [`LimitExceededException::message`](LimitExceededException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`LimitExceededException::message`](LimitExceededException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> LimitExceededException {
        LimitExceededException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl LimitExceededException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "LimitExceededException";
}
impl rt::ModeledError for LimitExceededException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#LimitExceededException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for LimitExceededException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for LimitExceededException {}
/// The request was rejected because the specified policy is not syntactically or semantically correct.
#[derive(Clone, Debug, PartialEq)]
pub struct MalformedPolicyDocumentException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for MalformedPolicyDocumentException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for MalformedPolicyDocumentException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl MalformedPolicyDocumentException {
    /// A builder for this structure.
    pub fn builder() -> MalformedPolicyDocumentExceptionBuilder {
        MalformedPolicyDocumentExceptionBuilder::default()
    }
}
/// Builds a [`MalformedPolicyDocumentException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MalformedPolicyDocumentExceptionBuilder {
    /// [`MalformedPolicyDocumentException::message`](MalformedPolicyDocumentException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl MalformedPolicyDocumentExceptionBuilder {
    /// Sets [`MalformedPolicyDocumentException::message`](MalformedPolicyDocumentException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`MalformedPolicyDocumentException::message`](MalformedPolicyDocumentException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> MalformedPolicyDocumentException {
        MalformedPolicyDocumentException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl MalformedPolicyDocumentException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "MalformedPolicyDocumentException";
}
impl rt::ModeledError for MalformedPolicyDocumentException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#MalformedPolicyDocumentException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for MalformedPolicyDocumentException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for MalformedPolicyDocumentException {}
/// The request was rejected because the specified entity or resource could not be found.
#[derive(Clone, Debug, PartialEq)]
pub struct NotFoundException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for NotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for NotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl NotFoundException {
    /// A builder for this structure.
    pub fn builder() -> NotFoundExceptionBuilder {
        NotFoundExceptionBuilder::default()
    }
}
/// Builds a [`NotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NotFoundExceptionBuilder {
    /// [`NotFoundException::message`](NotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl NotFoundExceptionBuilder {
    /// Sets [`NotFoundException::message`](NotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`NotFoundException::message`](NotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> NotFoundException {
        NotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl NotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "NotFoundException";
}
impl rt::ModeledError for NotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#NotFoundException"
    }
    fn status(&self) -> u16 {
        404
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for NotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for NotFoundException {}
/// The request was rejected because one or more tags are not valid.
#[derive(Clone, Debug, PartialEq)]
pub struct TagException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for TagException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for TagException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl TagException {
    /// A builder for this structure.
    pub fn builder() -> TagExceptionBuilder {
        TagExceptionBuilder::default()
    }
}
/// Builds a [`TagException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagExceptionBuilder {
    /// [`TagException::message`](TagException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl TagExceptionBuilder {
    /// Sets [`TagException::message`](TagException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`TagException::message`](TagException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> TagException {
        TagException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl TagException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "TagException";
}
impl rt::ModeledError for TagException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#TagException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for TagException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for TagException {}
/// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
#[derive(Clone, Debug, PartialEq)]
pub struct UnsupportedOperationException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for UnsupportedOperationException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for UnsupportedOperationException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl UnsupportedOperationException {
    /// A builder for this structure.
    pub fn builder() -> UnsupportedOperationExceptionBuilder {
        UnsupportedOperationExceptionBuilder::default()
    }
}
/// Builds a [`UnsupportedOperationException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnsupportedOperationExceptionBuilder {
    /// [`UnsupportedOperationException::message`](UnsupportedOperationException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl UnsupportedOperationExceptionBuilder {
    /// Sets [`UnsupportedOperationException::message`](UnsupportedOperationException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`UnsupportedOperationException::message`](UnsupportedOperationException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> UnsupportedOperationException {
        UnsupportedOperationException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl UnsupportedOperationException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "UnsupportedOperationException";
}
impl rt::ModeledError for UnsupportedOperationException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#UnsupportedOperationException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for UnsupportedOperationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for UnsupportedOperationException {}
/// The request was rejected because the (`XksKeyId`) is already associated with another KMS key in this external key store. Each KMS key in an external key store must be associated with a different external key.
#[derive(Clone, Debug, PartialEq)]
pub struct XksKeyAlreadyInUseException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for XksKeyAlreadyInUseException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for XksKeyAlreadyInUseException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl XksKeyAlreadyInUseException {
    /// A builder for this structure.
    pub fn builder() -> XksKeyAlreadyInUseExceptionBuilder {
        XksKeyAlreadyInUseExceptionBuilder::default()
    }
}
/// Builds a [`XksKeyAlreadyInUseException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct XksKeyAlreadyInUseExceptionBuilder {
    /// [`XksKeyAlreadyInUseException::message`](XksKeyAlreadyInUseException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl XksKeyAlreadyInUseExceptionBuilder {
    /// Sets [`XksKeyAlreadyInUseException::message`](XksKeyAlreadyInUseException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`XksKeyAlreadyInUseException::message`](XksKeyAlreadyInUseException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> XksKeyAlreadyInUseException {
        XksKeyAlreadyInUseException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl XksKeyAlreadyInUseException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "XksKeyAlreadyInUseException";
}
impl rt::ModeledError for XksKeyAlreadyInUseException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#XksKeyAlreadyInUseException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for XksKeyAlreadyInUseException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for XksKeyAlreadyInUseException {}
/// The request was rejected because the external key specified by the `XksKeyId` parameter did not meet the configuration requirements for an external key store.
///
/// The external key must be an AES-256 symmetric key that is enabled and performs encryption and decryption.
#[derive(Clone, Debug, PartialEq)]
pub struct XksKeyInvalidConfigurationException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for XksKeyInvalidConfigurationException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for XksKeyInvalidConfigurationException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl XksKeyInvalidConfigurationException {
    /// A builder for this structure.
    pub fn builder() -> XksKeyInvalidConfigurationExceptionBuilder {
        XksKeyInvalidConfigurationExceptionBuilder::default()
    }
}
/// Builds a [`XksKeyInvalidConfigurationException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct XksKeyInvalidConfigurationExceptionBuilder {
    /// [`XksKeyInvalidConfigurationException::message`](XksKeyInvalidConfigurationException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl XksKeyInvalidConfigurationExceptionBuilder {
    /// Sets [`XksKeyInvalidConfigurationException::message`](XksKeyInvalidConfigurationException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`XksKeyInvalidConfigurationException::message`](XksKeyInvalidConfigurationException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> XksKeyInvalidConfigurationException {
        XksKeyInvalidConfigurationException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl XksKeyInvalidConfigurationException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "XksKeyInvalidConfigurationException";
}
impl rt::ModeledError for XksKeyInvalidConfigurationException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#XksKeyInvalidConfigurationException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for XksKeyInvalidConfigurationException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for XksKeyInvalidConfigurationException {}
/// The request was rejected because the external key store proxy could not find the external key. This exception is thrown when the value of the `XksKeyId` parameter doesn't identify a key in the external key manager associated with the external key proxy.
///
/// Verify that the `XksKeyId` represents an existing key in the external key manager. Use the key identifier that the external key store proxy uses to identify the key. For details, see the documentation provided with your external key store proxy or key manager.
#[derive(Clone, Debug, PartialEq)]
pub struct XksKeyNotFoundException {
    pub message: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for XksKeyNotFoundException {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for XksKeyNotFoundException {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl XksKeyNotFoundException {
    /// A builder for this structure.
    pub fn builder() -> XksKeyNotFoundExceptionBuilder {
        XksKeyNotFoundExceptionBuilder::default()
    }
}
/// Builds a [`XksKeyNotFoundException`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct XksKeyNotFoundExceptionBuilder {
    /// [`XksKeyNotFoundException::message`](XksKeyNotFoundException::message), if set.
    pub message: rt::Option<rt::String>,
}
impl XksKeyNotFoundExceptionBuilder {
    /// Sets [`XksKeyNotFoundException::message`](XksKeyNotFoundException::message).
    pub fn message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears [`XksKeyNotFoundException::message`](XksKeyNotFoundException::message).
    pub fn set_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> XksKeyNotFoundException {
        XksKeyNotFoundException {
            message: self.message,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl XksKeyNotFoundException {
    /// The error code, as sent on the wire.
    pub const CODE: &'static str = "XksKeyNotFoundException";
}
impl rt::ModeledError for XksKeyNotFoundException {
    fn code(&self) -> &str {
        self._meta.code().unwrap_or(Self::CODE)
    }
    fn shape_id(&self) -> &'static str {
        "com.amazonaws.kms#XksKeyNotFoundException"
    }
    fn status(&self) -> u16 {
        400
    }
    fn message(&self) -> rt::Option<&str> {
        self.message.as_deref().or_else(|| self._meta.message())
    }
    fn body(&self) -> rt::JsonValue {
        self.to_json()
    }
}
impl ::std::fmt::Display for XksKeyNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        rt::error::fmt_modeled(self, f)
    }
}
impl ::std::error::Error for XksKeyNotFoundException {}

::codegen_rt::operation_error! {
    /// The errors `CreateAlias` can return.
    pub enum CreateAliasError {
        /// The request was rejected because it attempted to create a resource that already exists.
        AlreadyExistsException = "AlreadyExistsException",
        /// The system timed out while trying to fulfill the request. You can retry the request.
        DependencyTimeoutException = "DependencyTimeoutException",
        /// The request was rejected because the specified alias name is not valid.
        InvalidAliasNameException = "InvalidAliasNameException",
        /// The request was rejected because an internal exception occurred. The request can be retried.
        KmsInternalException = "KMSInternalException",
        /// The request was rejected because the state of the specified resource is not valid for this request.
        KmsInvalidStateException = "KMSInvalidStateException",
        /// The request was rejected because a quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
        LimitExceededException = "LimitExceededException",
        /// The request was rejected because the specified entity or resource could not be found.
        NotFoundException = "NotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `CreateKey` can return.
    pub enum CreateKeyError {
        /// The request was rejected because the associated CloudHSM cluster did not meet the configuration requirements for an CloudHSM key store.
        CloudHsmClusterInvalidConfigurationException = "CloudHsmClusterInvalidConfigurationException",
        /// The request was rejected because of the `ConnectionState` of the custom key store. To get the `ConnectionState` of a custom key store, use the DescribeCustomKeyStores operation.
        CustomKeyStoreInvalidStateException = "CustomKeyStoreInvalidStateException",
        /// The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.
        CustomKeyStoreNotFoundException = "CustomKeyStoreNotFoundException",
        /// The system timed out while trying to fulfill the request. You can retry the request.
        DependencyTimeoutException = "DependencyTimeoutException",
        /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
        InvalidArnException = "InvalidArnException",
        /// The request was rejected because an internal exception occurred. The request can be retried.
        KmsInternalException = "KMSInternalException",
        /// The request was rejected because a quota was exceeded. For more information, see [Quotas](https://docs.aws.amazon.com/kms/latest/developerguide/limits.html) in the *Key Management Service Developer Guide*.
        LimitExceededException = "LimitExceededException",
        /// The request was rejected because the specified policy is not syntactically or semantically correct.
        MalformedPolicyDocumentException = "MalformedPolicyDocumentException",
        /// The request was rejected because one or more tags are not valid.
        TagException = "TagException",
        /// The request was rejected because a specified parameter is not supported or a specified resource is not valid for this operation.
        UnsupportedOperationException = "UnsupportedOperationException",
        /// The request was rejected because the (`XksKeyId`) is already associated with another KMS key in this external key store. Each KMS key in an external key store must be associated with a different external key.
        XksKeyAlreadyInUseException = "XksKeyAlreadyInUseException",
        /// The request was rejected because the external key specified by the `XksKeyId` parameter did not meet the configuration requirements for an external key store.
        XksKeyInvalidConfigurationException = "XksKeyInvalidConfigurationException",
        /// The request was rejected because the external key store proxy could not find the external key. This exception is thrown when the value of the `XksKeyId` parameter doesn't identify a key in the external key manager associated with the external key proxy.
        XksKeyNotFoundException = "XksKeyNotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Decrypt` can return.
    pub enum DecryptError {
        /// The system timed out while trying to fulfill the request. You can retry the request.
        DependencyTimeoutException = "DependencyTimeoutException",
        /// The request was rejected because the specified KMS key is not enabled.
        DisabledException = "DisabledException",
        /// The request was rejected because the DryRun parameter was specified.
        DryRunOperationException = "DryRunOperationException",
        /// The request was rejected because the specified KMS key cannot decrypt the data. The `KeyId` in a Decrypt request and the `SourceKeyId` in a ReEncrypt request must identify the same KMS key that was used to encrypt the ciphertext.
        IncorrectKeyException = "IncorrectKeyException",
        /// From the Decrypt or ReEncrypt operation, the request was rejected because the specified ciphertext, or additional authenticated data incorporated into the ciphertext, such as the encryption context, is corrupted, missing, or otherwise invalid.
        InvalidCiphertextException = "InvalidCiphertextException",
        /// The request was rejected because the specified grant token is not valid.
        InvalidGrantTokenException = "InvalidGrantTokenException",
        /// The request was rejected for one of the following reasons:
        InvalidKeyUsageException = "InvalidKeyUsageException",
        /// The request was rejected because the specified KMS key was not available. You can retry the request.
        KeyUnavailableException = "KeyUnavailableException",
        /// The request was rejected because an internal exception occurred. The request can be retried.
        KmsInternalException = "KMSInternalException",
        /// The request was rejected because the state of the specified resource is not valid for this request.
        KmsInvalidStateException = "KMSInvalidStateException",
        /// The request was rejected because the specified entity or resource could not be found.
        NotFoundException = "NotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `DescribeKey` can return.
    pub enum DescribeKeyError {
        /// The system timed out while trying to fulfill the request. You can retry the request.
        DependencyTimeoutException = "DependencyTimeoutException",
        /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
        InvalidArnException = "InvalidArnException",
        /// The request was rejected because an internal exception occurred. The request can be retried.
        KmsInternalException = "KMSInternalException",
        /// The request was rejected because the specified entity or resource could not be found.
        NotFoundException = "NotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `Encrypt` can return.
    pub enum EncryptError {
        /// The system timed out while trying to fulfill the request. You can retry the request.
        DependencyTimeoutException = "DependencyTimeoutException",
        /// The request was rejected because the specified KMS key is not enabled.
        DisabledException = "DisabledException",
        /// The request was rejected because the DryRun parameter was specified.
        DryRunOperationException = "DryRunOperationException",
        /// The request was rejected because the specified grant token is not valid.
        InvalidGrantTokenException = "InvalidGrantTokenException",
        /// The request was rejected for one of the following reasons:
        InvalidKeyUsageException = "InvalidKeyUsageException",
        /// The request was rejected because the specified KMS key was not available. You can retry the request.
        KeyUnavailableException = "KeyUnavailableException",
        /// The request was rejected because an internal exception occurred. The request can be retried.
        KmsInternalException = "KMSInternalException",
        /// The request was rejected because the state of the specified resource is not valid for this request.
        KmsInvalidStateException = "KMSInvalidStateException",
        /// The request was rejected because the specified entity or resource could not be found.
        NotFoundException = "NotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `GenerateDataKey` can return.
    pub enum GenerateDataKeyError {
        /// The system timed out while trying to fulfill the request. You can retry the request.
        DependencyTimeoutException = "DependencyTimeoutException",
        /// The request was rejected because the specified KMS key is not enabled.
        DisabledException = "DisabledException",
        /// The request was rejected because the DryRun parameter was specified.
        DryRunOperationException = "DryRunOperationException",
        /// The request was rejected because the specified grant token is not valid.
        InvalidGrantTokenException = "InvalidGrantTokenException",
        /// The request was rejected for one of the following reasons:
        InvalidKeyUsageException = "InvalidKeyUsageException",
        /// The request was rejected because the specified KMS key was not available. You can retry the request.
        KeyUnavailableException = "KeyUnavailableException",
        /// The request was rejected because an internal exception occurred. The request can be retried.
        KmsInternalException = "KMSInternalException",
        /// The request was rejected because the state of the specified resource is not valid for this request.
        KmsInvalidStateException = "KMSInvalidStateException",
        /// The request was rejected because the specified entity or resource could not be found.
        NotFoundException = "NotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListAliases` can return.
    pub enum ListAliasesError {
        /// The system timed out while trying to fulfill the request. You can retry the request.
        DependencyTimeoutException = "DependencyTimeoutException",
        /// The request was rejected because a specified ARN, or an ARN in a key policy, is not valid.
        InvalidArnException = "InvalidArnException",
        /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
        InvalidMarkerException = "InvalidMarkerException",
        /// The request was rejected because an internal exception occurred. The request can be retried.
        KmsInternalException = "KMSInternalException",
        /// The request was rejected because the specified entity or resource could not be found.
        NotFoundException = "NotFoundException",
    }
    validation = unmodeled;
}

::codegen_rt::operation_error! {
    /// The errors `ListKeys` can return.
    pub enum ListKeysError {
        /// The system timed out while trying to fulfill the request. You can retry the request.
        DependencyTimeoutException = "DependencyTimeoutException",
        /// The request was rejected because the marker that specifies where pagination should next begin is not valid.
        InvalidMarkerException = "InvalidMarkerException",
        /// The request was rejected because an internal exception occurred. The request can be retried.
        KmsInternalException = "KMSInternalException",
    }
    validation = unmodeled;
}
