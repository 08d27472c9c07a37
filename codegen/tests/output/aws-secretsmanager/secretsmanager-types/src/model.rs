// Generated from models/aws-secretsmanager.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, PartialEq)]
pub struct CreateSecretRequest {
    /// A list of Regions and KMS keys to replicate secrets.
    pub add_replica_regions: rt::Option<rt::Vec<ReplicaRegionType>>,
    /// If you include `SecretString` or `SecretBinary`, then Secrets Manager creates an initial version for the secret, and this parameter specifies the unique identifier for the new version.
    ///
    /// **Note:** If you use the Amazon Web Services CLI or one of the Amazon Web Services SDKs to call this operation, then you can leave this parameter empty. The CLI or SDK generates a random UUID for you and includes it as the value for this parameter in the request.
    ///
    /// If you generate a raw HTTP request to the Secrets Manager service endpoint, then you must generate a `ClientRequestToken` and include it in the request.
    ///
    /// This value helps ensure idempotency. Secrets Manager uses this value to prevent the accidental creation of duplicate versions if there are failures and retries during a rotation. We recommend that you generate a [UUID-type](https://wikipedia.org/wiki/Universally_unique_identifier) value to ensure uniqueness of your versions within the specified secret.
    ///
    /// - If the `ClientRequestToken` value isn't already associated with a version of the secret then a new version of the secret is created.
    /// - If a version with this value already exists and the version `SecretString` and `SecretBinary` values are the same as those in the request, then the request is ignored.
    /// - If a version with this value already exists and that version's `SecretString` and `SecretBinary` values are different from those in the request, then the request fails because you cannot modify an existing version. Instead, use PutSecretValue to create a new version.
    ///
    /// This value becomes the `VersionId` of the new version.
    pub client_request_token: rt::Option<rt::String>,
    /// The description of the secret.
    pub description: rt::Option<rt::String>,
    /// Specifies whether to overwrite a secret with the same name in the destination Region. By default, secrets aren't overwritten.
    pub force_overwrite_replica_secret: bool,
    /// The ARN, key ID, or alias of the KMS key that Secrets Manager uses to encrypt the secret value in the secret. An alias is always prefixed by `alias/`, for example `alias/aws/secretsmanager`. For more information, see [About aliases](https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html).
    ///
    /// To use a KMS key in a different account, use the key ARN or the alias ARN.
    ///
    /// If you don't specify this value, then Secrets Manager uses the key `aws/secretsmanager`. If that key doesn't yet exist, then Secrets Manager creates it for you automatically the first time it encrypts the secret value.
    ///
    /// If the secret is in a different Amazon Web Services account from the credentials calling the API, then you can't use `aws/secretsmanager` to encrypt the secret, and you must create and use a customer managed KMS key.
    pub kms_key_id: rt::Option<rt::String>,
    /// The name of the new secret.
    ///
    /// The secret name can contain ASCII letters, numbers, and the following characters: /_+=.@-
    ///
    /// Do not end your secret name with a hyphen followed by six characters. If you do so, you risk confusion and unexpected results when searching for a secret by partial ARN. Secrets Manager automatically adds a hyphen and six random characters after the secret name at the end of the ARN.
    pub name: rt::String,
    /// The binary data to encrypt and store in the new version of the secret. We recommend that you store your binary data in a file and then pass the contents of the file as a parameter.
    ///
    /// Either `SecretString` or `SecretBinary` must have a value, but not both.
    ///
    /// This parameter is not available in the Secrets Manager console.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_binary: rt::Option<rt::Blob>,
    /// The text data to encrypt and store in this new version of the secret. We recommend you use a JSON structure of key/value pairs for your secret value.
    ///
    /// Either `SecretString` or `SecretBinary` must have a value, but not both.
    ///
    /// If you create a secret by using the Secrets Manager console then Secrets Manager puts the protected secret text in only the `SecretString` parameter. The Secrets Manager console stores the information as a JSON structure of key/value pairs that a Lambda rotation function can parse.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_string: rt::Option<rt::String>,
    /// A list of tags to attach to the secret. Each tag is a key and value pair of strings in a JSON text string, for example:
    ///
    /// `[{"Key":"CostCenter","Value":"12345"},{"Key":"environment","Value":"production"}]`
    ///
    /// Secrets Manager tag key names are case sensitive. A tag with the key "ABC" is a different tag from one with key "abc".
    ///
    /// If you check tags in permissions policies as part of your security strategy, then adding or removing a tag can change permissions. If the completion of this operation would result in you losing your permissions for this secret, then Secrets Manager blocks the operation and returns an `Access Denied` error. For more information, see [Control access to secrets using tags](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html#tag-secrets-abac) and [Limit access to identities with tags that match secrets' tags](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html#auth-and-access_tags2).
    ///
    /// For information about how to format a JSON parameter for the various command line tool environments, see [Using JSON for Parameters](https://docs.aws.amazon.com/cli/latest/userguide/cli-using-param.html#cli-using-param-json). If your command-line tool or SDK requires quotation marks around the parameter, you should use single quotes to avoid confusion with the double quotes required in the JSON text.
    ///
    /// For tag quotas and naming restrictions, see [Service quotas for Tagging](https://docs.aws.amazon.com/general/latest/gr/arg.html#taged-reference-quotas) in the *Amazon Web Services General Reference guide*.
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl CreateSecretRequest {
    /// A builder for this structure.
    pub fn builder() -> CreateSecretRequestBuilder {
        CreateSecretRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateSecretRequest {
    /// [`add_replica_regions`](Self::add_replica_regions), empty when unset.
    pub fn add_replica_regions(&self) -> &[ReplicaRegionType] {
        self.add_replica_regions.as_deref().unwrap_or_default()
    }
    /// [`client_request_token`](Self::client_request_token).
    pub fn client_request_token(&self) -> rt::Option<&str> {
        self.client_request_token.as_deref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`force_overwrite_replica_secret`](Self::force_overwrite_replica_secret).
    pub fn force_overwrite_replica_secret(&self) -> bool {
        self.force_overwrite_replica_secret
    }
    /// [`kms_key_id`](Self::kms_key_id).
    pub fn kms_key_id(&self) -> rt::Option<&str> {
        self.kms_key_id.as_deref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// [`secret_binary`](Self::secret_binary).
    pub fn secret_binary(&self) -> rt::Option<&rt::Blob> {
        self.secret_binary.as_ref()
    }
    /// [`secret_string`](Self::secret_string).
    pub fn secret_string(&self) -> rt::Option<&str> {
        self.secret_string.as_deref()
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
}
/// Builds a [`CreateSecretRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct CreateSecretRequestBuilder {
    /// [`CreateSecretRequest::add_replica_regions`](CreateSecretRequest::add_replica_regions), if set.
    pub add_replica_regions: rt::Option<rt::Vec<ReplicaRegionType>>,
    /// [`CreateSecretRequest::client_request_token`](CreateSecretRequest::client_request_token), if set.
    pub client_request_token: rt::Option<rt::String>,
    /// [`CreateSecretRequest::description`](CreateSecretRequest::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`CreateSecretRequest::force_overwrite_replica_secret`](CreateSecretRequest::force_overwrite_replica_secret), if set.
    pub force_overwrite_replica_secret: rt::Option<bool>,
    /// [`CreateSecretRequest::kms_key_id`](CreateSecretRequest::kms_key_id), if set.
    pub kms_key_id: rt::Option<rt::String>,
    /// [`CreateSecretRequest::name`](CreateSecretRequest::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`CreateSecretRequest::secret_binary`](CreateSecretRequest::secret_binary), if set.
    pub secret_binary: rt::Option<rt::Blob>,
    /// [`CreateSecretRequest::secret_string`](CreateSecretRequest::secret_string), if set.
    pub secret_string: rt::Option<rt::String>,
    /// [`CreateSecretRequest::tags`](CreateSecretRequest::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl CreateSecretRequestBuilder {
    /// Appends one element to [`CreateSecretRequest::add_replica_regions`](CreateSecretRequest::add_replica_regions).
    pub fn add_replica_regions(mut self, value: impl rt::Into<ReplicaRegionType>) -> Self {
        self.add_replica_regions
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::add_replica_regions`](CreateSecretRequest::add_replica_regions).
    pub fn set_add_replica_regions(
        mut self,
        value: rt::Option<rt::Vec<ReplicaRegionType>>,
    ) -> Self {
        self.add_replica_regions = value;
        self
    }
    /// Sets [`CreateSecretRequest::client_request_token`](CreateSecretRequest::client_request_token).
    pub fn client_request_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.client_request_token = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::client_request_token`](CreateSecretRequest::client_request_token).
    pub fn set_client_request_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.client_request_token = value;
        self
    }
    /// Sets [`CreateSecretRequest::description`](CreateSecretRequest::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::description`](CreateSecretRequest::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`CreateSecretRequest::force_overwrite_replica_secret`](CreateSecretRequest::force_overwrite_replica_secret).
    pub fn force_overwrite_replica_secret(mut self, value: impl rt::Into<bool>) -> Self {
        self.force_overwrite_replica_secret = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::force_overwrite_replica_secret`](CreateSecretRequest::force_overwrite_replica_secret).
    pub fn set_force_overwrite_replica_secret(mut self, value: rt::Option<bool>) -> Self {
        self.force_overwrite_replica_secret = value;
        self
    }
    /// Sets [`CreateSecretRequest::kms_key_id`](CreateSecretRequest::kms_key_id).
    pub fn kms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::kms_key_id`](CreateSecretRequest::kms_key_id).
    pub fn set_kms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_key_id = value;
        self
    }
    /// Sets [`CreateSecretRequest::name`](CreateSecretRequest::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::name`](CreateSecretRequest::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`CreateSecretRequest::secret_binary`](CreateSecretRequest::secret_binary).
    pub fn secret_binary(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.secret_binary = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::secret_binary`](CreateSecretRequest::secret_binary).
    pub fn set_secret_binary(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.secret_binary = value;
        self
    }
    /// Sets [`CreateSecretRequest::secret_string`](CreateSecretRequest::secret_string).
    pub fn secret_string(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret_string = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::secret_string`](CreateSecretRequest::secret_string).
    pub fn set_secret_string(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret_string = value;
        self
    }
    /// Appends one element to [`CreateSecretRequest::tags`](CreateSecretRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateSecretRequest::tags`](CreateSecretRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CreateSecretRequest, rt::BuildError> {
        Ok(CreateSecretRequest {
            add_replica_regions: self.add_replica_regions,
            client_request_token: self.client_request_token,
            description: self.description,
            force_overwrite_replica_secret: self.force_overwrite_replica_secret.unwrap_or_default(),
            kms_key_id: self.kms_key_id,
            name: self.name.ok_or(rt::BuildError {
                shape: "CreateSecretRequest",
                member: "Name",
            })?,
            secret_binary: self.secret_binary,
            secret_string: self.secret_string,
            tags: self.tags,
        })
    }
}
impl ::std::fmt::Debug for CreateSecretRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSecretRequest")
            .field("AddReplicaRegions", &self.add_replica_regions)
            .field("ClientRequestToken", &self.client_request_token)
            .field("Description", &self.description)
            .field(
                "ForceOverwriteReplicaSecret",
                &self.force_overwrite_replica_secret,
            )
            .field("KmsKeyId", &self.kms_key_id)
            .field("Name", &self.name)
            .field("SecretBinary", &"*** Sensitive Data Redacted ***")
            .field("SecretString", &"*** Sensitive Data Redacted ***")
            .field("Tags", &self.tags)
            .finish()
    }
}
impl ::std::fmt::Debug for CreateSecretRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSecretRequestBuilder")
            .field("AddReplicaRegions", &self.add_replica_regions)
            .field("ClientRequestToken", &self.client_request_token)
            .field("Description", &self.description)
            .field(
                "ForceOverwriteReplicaSecret",
                &self.force_overwrite_replica_secret,
            )
            .field("KmsKeyId", &self.kms_key_id)
            .field("Name", &self.name)
            .field("SecretBinary", &"*** Sensitive Data Redacted ***")
            .field("SecretString", &"*** Sensitive Data Redacted ***")
            .field("Tags", &self.tags)
            .finish()
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct CreateSecretResponse {
    /// The ARN of the new secret. The ARN includes the name of the secret followed by six random characters. This ensures that if you create a new secret with the same name as a deleted secret, then users with access to the old secret don't get access to the new secret because the ARNs are different.
    pub arn: rt::Option<rt::String>,
    /// The name of the new secret.
    pub name: rt::Option<rt::String>,
    /// A list of the replicas of this secret and their status:
    ///
    /// - `Failed`, which indicates that the replica was not created.
    /// - `InProgress`, which indicates that Secrets Manager is in the process of creating the replica.
    /// - `InSync`, which indicates that the replica was created.
    pub replication_status: rt::Option<rt::Vec<ReplicationStatusType>>,
    /// The unique identifier associated with the version of the new secret.
    pub version_id: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for CreateSecretResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for CreateSecretResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl CreateSecretResponse {
    /// A builder for this structure.
    pub fn builder() -> CreateSecretResponseBuilder {
        CreateSecretResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CreateSecretResponse {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`replication_status`](Self::replication_status), empty when unset.
    pub fn replication_status(&self) -> &[ReplicationStatusType] {
        self.replication_status.as_deref().unwrap_or_default()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
}
/// Builds a [`CreateSecretResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreateSecretResponseBuilder {
    /// [`CreateSecretResponse::arn`](CreateSecretResponse::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`CreateSecretResponse::name`](CreateSecretResponse::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`CreateSecretResponse::replication_status`](CreateSecretResponse::replication_status), if set.
    pub replication_status: rt::Option<rt::Vec<ReplicationStatusType>>,
    /// [`CreateSecretResponse::version_id`](CreateSecretResponse::version_id), if set.
    pub version_id: rt::Option<rt::String>,
}
impl CreateSecretResponseBuilder {
    /// Sets [`CreateSecretResponse::arn`](CreateSecretResponse::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretResponse::arn`](CreateSecretResponse::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`CreateSecretResponse::name`](CreateSecretResponse::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretResponse::name`](CreateSecretResponse::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Appends one element to [`CreateSecretResponse::replication_status`](CreateSecretResponse::replication_status).
    pub fn replication_status(mut self, value: impl rt::Into<ReplicationStatusType>) -> Self {
        self.replication_status
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`CreateSecretResponse::replication_status`](CreateSecretResponse::replication_status).
    pub fn set_replication_status(
        mut self,
        value: rt::Option<rt::Vec<ReplicationStatusType>>,
    ) -> Self {
        self.replication_status = value;
        self
    }
    /// Sets [`CreateSecretResponse::version_id`](CreateSecretResponse::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`CreateSecretResponse::version_id`](CreateSecretResponse::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> CreateSecretResponse {
        CreateSecretResponse {
            arn: self.arn,
            name: self.name,
            replication_status: self.replication_status,
            version_id: self.version_id,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteSecretRequest {
    /// Specifies whether to delete the secret without any recovery window. You can't use both this parameter and `RecoveryWindowInDays` in the same call. If you don't use either, then by default Secrets Manager uses a 30 day recovery window.
    ///
    /// Secrets Manager performs the actual deletion with an asynchronous background process, so there might be a short delay before the secret is permanently deleted. If you delete a secret and then immediately create a secret with the same name, use appropriate back off and retry logic.
    ///
    /// If you forcibly delete an already deleted or nonexistent secret, the operation does not return `ResourceNotFoundException`.
    ///
    /// **Note:** Use this parameter with caution. This parameter causes the operation to skip the normal recovery window before the permanent deletion that Secrets Manager would normally impose with the `RecoveryWindowInDays` parameter. If you delete a secret with the `ForceDeleteWithoutRecovery` parameter, then you have no opportunity to recover the secret. You lose the secret permanently.
    pub force_delete_without_recovery: rt::Option<bool>,
    /// The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the secret. You can't use both this parameter and `ForceDeleteWithoutRecovery` in the same call. If you don't use either, then by default Secrets Manager uses a 30 day recovery window.
    pub recovery_window_in_days: rt::Option<i64>,
    /// The ARN or name of the secret to delete.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: rt::String,
}
impl DeleteSecretRequest {
    /// A builder for this structure.
    pub fn builder() -> DeleteSecretRequestBuilder {
        DeleteSecretRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteSecretRequest {
    /// [`force_delete_without_recovery`](Self::force_delete_without_recovery).
    pub fn force_delete_without_recovery(&self) -> rt::Option<bool> {
        self.force_delete_without_recovery
    }
    /// [`recovery_window_in_days`](Self::recovery_window_in_days).
    pub fn recovery_window_in_days(&self) -> rt::Option<i64> {
        self.recovery_window_in_days
    }
    /// [`secret_id`](Self::secret_id).
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }
}
/// Builds a [`DeleteSecretRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteSecretRequestBuilder {
    /// [`DeleteSecretRequest::force_delete_without_recovery`](DeleteSecretRequest::force_delete_without_recovery), if set.
    pub force_delete_without_recovery: rt::Option<bool>,
    /// [`DeleteSecretRequest::recovery_window_in_days`](DeleteSecretRequest::recovery_window_in_days), if set.
    pub recovery_window_in_days: rt::Option<i64>,
    /// [`DeleteSecretRequest::secret_id`](DeleteSecretRequest::secret_id), if set.
    pub secret_id: rt::Option<rt::String>,
}
impl DeleteSecretRequestBuilder {
    /// Sets [`DeleteSecretRequest::force_delete_without_recovery`](DeleteSecretRequest::force_delete_without_recovery).
    pub fn force_delete_without_recovery(mut self, value: impl rt::Into<bool>) -> Self {
        self.force_delete_without_recovery = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteSecretRequest::force_delete_without_recovery`](DeleteSecretRequest::force_delete_without_recovery).
    pub fn set_force_delete_without_recovery(mut self, value: rt::Option<bool>) -> Self {
        self.force_delete_without_recovery = value;
        self
    }
    /// Sets [`DeleteSecretRequest::recovery_window_in_days`](DeleteSecretRequest::recovery_window_in_days).
    pub fn recovery_window_in_days(mut self, value: impl rt::Into<i64>) -> Self {
        self.recovery_window_in_days = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteSecretRequest::recovery_window_in_days`](DeleteSecretRequest::recovery_window_in_days).
    pub fn set_recovery_window_in_days(mut self, value: rt::Option<i64>) -> Self {
        self.recovery_window_in_days = value;
        self
    }
    /// Sets [`DeleteSecretRequest::secret_id`](DeleteSecretRequest::secret_id).
    pub fn secret_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret_id = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteSecretRequest::secret_id`](DeleteSecretRequest::secret_id).
    pub fn set_secret_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DeleteSecretRequest, rt::BuildError> {
        Ok(DeleteSecretRequest {
            force_delete_without_recovery: self.force_delete_without_recovery,
            recovery_window_in_days: self.recovery_window_in_days,
            secret_id: self.secret_id.ok_or(rt::BuildError {
                shape: "DeleteSecretRequest",
                member: "SecretId",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteSecretResponse {
    /// The ARN of the secret.
    pub arn: rt::Option<rt::String>,
    /// The date and time after which this secret Secrets Manager can permanently delete this secret, and it can no longer be restored. This value is the date and time of the delete request plus the number of days in `RecoveryWindowInDays`.
    pub deletion_date: rt::Option<rt::DateTime>,
    /// The name of the secret.
    pub name: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DeleteSecretResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DeleteSecretResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DeleteSecretResponse {
    /// A builder for this structure.
    pub fn builder() -> DeleteSecretResponseBuilder {
        DeleteSecretResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DeleteSecretResponse {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`deletion_date`](Self::deletion_date).
    pub fn deletion_date(&self) -> rt::Option<&rt::DateTime> {
        self.deletion_date.as_ref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
}
/// Builds a [`DeleteSecretResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeleteSecretResponseBuilder {
    /// [`DeleteSecretResponse::arn`](DeleteSecretResponse::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`DeleteSecretResponse::deletion_date`](DeleteSecretResponse::deletion_date), if set.
    pub deletion_date: rt::Option<rt::DateTime>,
    /// [`DeleteSecretResponse::name`](DeleteSecretResponse::name), if set.
    pub name: rt::Option<rt::String>,
}
impl DeleteSecretResponseBuilder {
    /// Sets [`DeleteSecretResponse::arn`](DeleteSecretResponse::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteSecretResponse::arn`](DeleteSecretResponse::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`DeleteSecretResponse::deletion_date`](DeleteSecretResponse::deletion_date).
    pub fn deletion_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.deletion_date = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteSecretResponse::deletion_date`](DeleteSecretResponse::deletion_date).
    pub fn set_deletion_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.deletion_date = value;
        self
    }
    /// Sets [`DeleteSecretResponse::name`](DeleteSecretResponse::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`DeleteSecretResponse::name`](DeleteSecretResponse::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DeleteSecretResponse {
        DeleteSecretResponse {
            arn: self.arn,
            deletion_date: self.deletion_date,
            name: self.name,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeSecretRequest {
    /// The ARN or name of the secret.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: rt::String,
}
impl DescribeSecretRequest {
    /// A builder for this structure.
    pub fn builder() -> DescribeSecretRequestBuilder {
        DescribeSecretRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeSecretRequest {
    /// [`secret_id`](Self::secret_id).
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }
}
/// Builds a [`DescribeSecretRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeSecretRequestBuilder {
    /// [`DescribeSecretRequest::secret_id`](DescribeSecretRequest::secret_id), if set.
    pub secret_id: rt::Option<rt::String>,
}
impl DescribeSecretRequestBuilder {
    /// Sets [`DescribeSecretRequest::secret_id`](DescribeSecretRequest::secret_id).
    pub fn secret_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretRequest::secret_id`](DescribeSecretRequest::secret_id).
    pub fn set_secret_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<DescribeSecretRequest, rt::BuildError> {
        Ok(DescribeSecretRequest {
            secret_id: self.secret_id.ok_or(rt::BuildError {
                shape: "DescribeSecretRequest",
                member: "SecretId",
            })?,
        })
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct DescribeSecretResponse {
    /// The ARN of the secret.
    pub arn: rt::Option<rt::String>,
    /// The date the secret was created.
    pub created_date: rt::Option<rt::DateTime>,
    /// The date the secret is scheduled for deletion. If it is not scheduled for deletion, this field is omitted. When you delete a secret, Secrets Manager requires a recovery window of at least 7 days before deleting the secret. Some time after the deleted date, Secrets Manager deletes the secret, including all of its versions.
    ///
    /// If a secret is scheduled for deletion, then its details, including the encrypted secret value, is not accessible. To cancel a scheduled deletion and restore access to the secret, use RestoreSecret.
    pub deleted_date: rt::Option<rt::DateTime>,
    /// The description of the secret.
    pub description: rt::Option<rt::String>,
    /// The key ID or alias ARN of the KMS key that Secrets Manager uses to encrypt the secret value. If the secret is encrypted with the Amazon Web Services managed key `aws/secretsmanager`, this field is omitted. Secrets created using the console use an KMS key ID.
    pub kms_key_id: rt::Option<rt::String>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region.
    pub last_accessed_date: rt::Option<rt::DateTime>,
    /// The last date and time that this secret was modified in any way.
    pub last_changed_date: rt::Option<rt::DateTime>,
    /// The last date and time that Secrets Manager rotated the secret. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null.
    pub last_rotated_date: rt::Option<rt::DateTime>,
    /// The name of the secret.
    pub name: rt::Option<rt::String>,
    /// The next rotation is scheduled to occur on or before this date. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null. If rotation fails, Secrets Manager retries the entire rotation process multiple times. If rotation is unsuccessful, this date may be in the past.
    ///
    /// This date represents the latest date that rotation will occur, but it is not an approximate rotation date. In some cases, for example if you turn off automatic rotation and then turn it back on, the next rotation may occur much sooner than this date.
    pub next_rotation_date: rt::Option<rt::DateTime>,
    /// The ID of the service that created this secret. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html).
    pub owning_service: rt::Option<rt::String>,
    /// The Region the secret is in. If a secret is replicated to other Regions, the replicas are listed in `ReplicationStatus`.
    pub primary_region: rt::Option<rt::String>,
    /// A list of the replicas of this secret and their status:
    ///
    /// - `Failed`, which indicates that the replica was not created.
    /// - `InProgress`, which indicates that Secrets Manager is in the process of creating the replica.
    /// - `InSync`, which indicates that the replica was created.
    pub replication_status: rt::Option<rt::Vec<ReplicationStatusType>>,
    /// Specifies whether automatic rotation is turned on for this secret. If the secret has never been configured for rotation, Secrets Manager returns null.
    ///
    /// To turn on rotation, use RotateSecret. To turn off rotation, use CancelRotateSecret.
    pub rotation_enabled: rt::Option<bool>,
    /// The ARN of the Lambda function that Secrets Manager invokes to rotate the secret.
    pub rotation_lambda_arn: rt::Option<rt::String>,
    /// The rotation schedule and Lambda function for this secret. If the secret previously had rotation turned on, but it is now turned off, this field shows the previous rotation schedule and rotation function. If the secret never had rotation turned on, this field is omitted.
    pub rotation_rules: rt::Option<RotationRulesType>,
    /// The list of tags attached to the secret. To add tags to a secret, use TagResource. To remove tags, use UntagResource.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// A list of the versions of the secret that have staging labels attached. Versions that don't have staging labels are considered deprecated and Secrets Manager can delete them.
    ///
    /// Secrets Manager uses staging labels to indicate the status of a secret version during rotation. The three staging labels for rotation are:
    ///
    /// - `AWSCURRENT`, which indicates the current version of the secret.
    /// - `AWSPENDING`, which indicates the version of the secret that contains new secret information that will become the next current version when rotation finishes. During rotation, Secrets Manager creates an `AWSPENDING` version ID before creating the new secret version. To check if a secret version exists, call GetSecretValue.
    /// - `AWSPREVIOUS`, which indicates the previous current version of the secret. You can use this as the *last known good* version.
    ///
    /// For more information about rotation and staging labels, see [How rotation works](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html).
    pub version_ids_to_stages: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for DescribeSecretResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for DescribeSecretResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl DescribeSecretResponse {
    /// A builder for this structure.
    pub fn builder() -> DescribeSecretResponseBuilder {
        DescribeSecretResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl DescribeSecretResponse {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`created_date`](Self::created_date).
    pub fn created_date(&self) -> rt::Option<&rt::DateTime> {
        self.created_date.as_ref()
    }
    /// [`deleted_date`](Self::deleted_date).
    pub fn deleted_date(&self) -> rt::Option<&rt::DateTime> {
        self.deleted_date.as_ref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`kms_key_id`](Self::kms_key_id).
    pub fn kms_key_id(&self) -> rt::Option<&str> {
        self.kms_key_id.as_deref()
    }
    /// [`last_accessed_date`](Self::last_accessed_date).
    pub fn last_accessed_date(&self) -> rt::Option<&rt::DateTime> {
        self.last_accessed_date.as_ref()
    }
    /// [`last_changed_date`](Self::last_changed_date).
    pub fn last_changed_date(&self) -> rt::Option<&rt::DateTime> {
        self.last_changed_date.as_ref()
    }
    /// [`last_rotated_date`](Self::last_rotated_date).
    pub fn last_rotated_date(&self) -> rt::Option<&rt::DateTime> {
        self.last_rotated_date.as_ref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`next_rotation_date`](Self::next_rotation_date).
    pub fn next_rotation_date(&self) -> rt::Option<&rt::DateTime> {
        self.next_rotation_date.as_ref()
    }
    /// [`owning_service`](Self::owning_service).
    pub fn owning_service(&self) -> rt::Option<&str> {
        self.owning_service.as_deref()
    }
    /// [`primary_region`](Self::primary_region).
    pub fn primary_region(&self) -> rt::Option<&str> {
        self.primary_region.as_deref()
    }
    /// [`replication_status`](Self::replication_status), empty when unset.
    pub fn replication_status(&self) -> &[ReplicationStatusType] {
        self.replication_status.as_deref().unwrap_or_default()
    }
    /// [`rotation_enabled`](Self::rotation_enabled).
    pub fn rotation_enabled(&self) -> rt::Option<bool> {
        self.rotation_enabled
    }
    /// [`rotation_lambda_arn`](Self::rotation_lambda_arn).
    pub fn rotation_lambda_arn(&self) -> rt::Option<&str> {
        self.rotation_lambda_arn.as_deref()
    }
    /// [`rotation_rules`](Self::rotation_rules).
    pub fn rotation_rules(&self) -> rt::Option<&RotationRulesType> {
        self.rotation_rules.as_ref()
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// [`version_ids_to_stages`](Self::version_ids_to_stages).
    pub fn version_ids_to_stages(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, rt::Vec<rt::String>>> {
        self.version_ids_to_stages.as_ref()
    }
}
/// Builds a [`DescribeSecretResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DescribeSecretResponseBuilder {
    /// [`DescribeSecretResponse::arn`](DescribeSecretResponse::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`DescribeSecretResponse::created_date`](DescribeSecretResponse::created_date), if set.
    pub created_date: rt::Option<rt::DateTime>,
    /// [`DescribeSecretResponse::deleted_date`](DescribeSecretResponse::deleted_date), if set.
    pub deleted_date: rt::Option<rt::DateTime>,
    /// [`DescribeSecretResponse::description`](DescribeSecretResponse::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`DescribeSecretResponse::kms_key_id`](DescribeSecretResponse::kms_key_id), if set.
    pub kms_key_id: rt::Option<rt::String>,
    /// [`DescribeSecretResponse::last_accessed_date`](DescribeSecretResponse::last_accessed_date), if set.
    pub last_accessed_date: rt::Option<rt::DateTime>,
    /// [`DescribeSecretResponse::last_changed_date`](DescribeSecretResponse::last_changed_date), if set.
    pub last_changed_date: rt::Option<rt::DateTime>,
    /// [`DescribeSecretResponse::last_rotated_date`](DescribeSecretResponse::last_rotated_date), if set.
    pub last_rotated_date: rt::Option<rt::DateTime>,
    /// [`DescribeSecretResponse::name`](DescribeSecretResponse::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`DescribeSecretResponse::next_rotation_date`](DescribeSecretResponse::next_rotation_date), if set.
    pub next_rotation_date: rt::Option<rt::DateTime>,
    /// [`DescribeSecretResponse::owning_service`](DescribeSecretResponse::owning_service), if set.
    pub owning_service: rt::Option<rt::String>,
    /// [`DescribeSecretResponse::primary_region`](DescribeSecretResponse::primary_region), if set.
    pub primary_region: rt::Option<rt::String>,
    /// [`DescribeSecretResponse::replication_status`](DescribeSecretResponse::replication_status), if set.
    pub replication_status: rt::Option<rt::Vec<ReplicationStatusType>>,
    /// [`DescribeSecretResponse::rotation_enabled`](DescribeSecretResponse::rotation_enabled), if set.
    pub rotation_enabled: rt::Option<bool>,
    /// [`DescribeSecretResponse::rotation_lambda_arn`](DescribeSecretResponse::rotation_lambda_arn), if set.
    pub rotation_lambda_arn: rt::Option<rt::String>,
    /// [`DescribeSecretResponse::rotation_rules`](DescribeSecretResponse::rotation_rules), if set.
    pub rotation_rules: rt::Option<RotationRulesType>,
    /// [`DescribeSecretResponse::tags`](DescribeSecretResponse::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// [`DescribeSecretResponse::version_ids_to_stages`](DescribeSecretResponse::version_ids_to_stages), if set.
    pub version_ids_to_stages: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
}
impl DescribeSecretResponseBuilder {
    /// Sets [`DescribeSecretResponse::arn`](DescribeSecretResponse::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::arn`](DescribeSecretResponse::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`DescribeSecretResponse::created_date`](DescribeSecretResponse::created_date).
    pub fn created_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_date = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::created_date`](DescribeSecretResponse::created_date).
    pub fn set_created_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_date = value;
        self
    }
    /// Sets [`DescribeSecretResponse::deleted_date`](DescribeSecretResponse::deleted_date).
    pub fn deleted_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.deleted_date = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::deleted_date`](DescribeSecretResponse::deleted_date).
    pub fn set_deleted_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.deleted_date = value;
        self
    }
    /// Sets [`DescribeSecretResponse::description`](DescribeSecretResponse::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::description`](DescribeSecretResponse::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`DescribeSecretResponse::kms_key_id`](DescribeSecretResponse::kms_key_id).
    pub fn kms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::kms_key_id`](DescribeSecretResponse::kms_key_id).
    pub fn set_kms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_key_id = value;
        self
    }
    /// Sets [`DescribeSecretResponse::last_accessed_date`](DescribeSecretResponse::last_accessed_date).
    pub fn last_accessed_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_accessed_date = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::last_accessed_date`](DescribeSecretResponse::last_accessed_date).
    pub fn set_last_accessed_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_accessed_date = value;
        self
    }
    /// Sets [`DescribeSecretResponse::last_changed_date`](DescribeSecretResponse::last_changed_date).
    pub fn last_changed_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_changed_date = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::last_changed_date`](DescribeSecretResponse::last_changed_date).
    pub fn set_last_changed_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_changed_date = value;
        self
    }
    /// Sets [`DescribeSecretResponse::last_rotated_date`](DescribeSecretResponse::last_rotated_date).
    pub fn last_rotated_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_rotated_date = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::last_rotated_date`](DescribeSecretResponse::last_rotated_date).
    pub fn set_last_rotated_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_rotated_date = value;
        self
    }
    /// Sets [`DescribeSecretResponse::name`](DescribeSecretResponse::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::name`](DescribeSecretResponse::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`DescribeSecretResponse::next_rotation_date`](DescribeSecretResponse::next_rotation_date).
    pub fn next_rotation_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.next_rotation_date = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::next_rotation_date`](DescribeSecretResponse::next_rotation_date).
    pub fn set_next_rotation_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.next_rotation_date = value;
        self
    }
    /// Sets [`DescribeSecretResponse::owning_service`](DescribeSecretResponse::owning_service).
    pub fn owning_service(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.owning_service = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::owning_service`](DescribeSecretResponse::owning_service).
    pub fn set_owning_service(mut self, value: rt::Option<rt::String>) -> Self {
        self.owning_service = value;
        self
    }
    /// Sets [`DescribeSecretResponse::primary_region`](DescribeSecretResponse::primary_region).
    pub fn primary_region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.primary_region = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::primary_region`](DescribeSecretResponse::primary_region).
    pub fn set_primary_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.primary_region = value;
        self
    }
    /// Appends one element to [`DescribeSecretResponse::replication_status`](DescribeSecretResponse::replication_status).
    pub fn replication_status(mut self, value: impl rt::Into<ReplicationStatusType>) -> Self {
        self.replication_status
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::replication_status`](DescribeSecretResponse::replication_status).
    pub fn set_replication_status(
        mut self,
        value: rt::Option<rt::Vec<ReplicationStatusType>>,
    ) -> Self {
        self.replication_status = value;
        self
    }
    /// Sets [`DescribeSecretResponse::rotation_enabled`](DescribeSecretResponse::rotation_enabled).
    pub fn rotation_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.rotation_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::rotation_enabled`](DescribeSecretResponse::rotation_enabled).
    pub fn set_rotation_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.rotation_enabled = value;
        self
    }
    /// Sets [`DescribeSecretResponse::rotation_lambda_arn`](DescribeSecretResponse::rotation_lambda_arn).
    pub fn rotation_lambda_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.rotation_lambda_arn = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::rotation_lambda_arn`](DescribeSecretResponse::rotation_lambda_arn).
    pub fn set_rotation_lambda_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.rotation_lambda_arn = value;
        self
    }
    /// Sets [`DescribeSecretResponse::rotation_rules`](DescribeSecretResponse::rotation_rules).
    pub fn rotation_rules(mut self, value: impl rt::Into<RotationRulesType>) -> Self {
        self.rotation_rules = Some(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::rotation_rules`](DescribeSecretResponse::rotation_rules).
    pub fn set_rotation_rules(mut self, value: rt::Option<RotationRulesType>) -> Self {
        self.rotation_rules = value;
        self
    }
    /// Appends one element to [`DescribeSecretResponse::tags`](DescribeSecretResponse::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::tags`](DescribeSecretResponse::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// Inserts one entry into [`DescribeSecretResponse::version_ids_to_stages`](DescribeSecretResponse::version_ids_to_stages).
    pub fn version_ids_to_stages(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::Vec<rt::String>>,
    ) -> Self {
        self.version_ids_to_stages
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`DescribeSecretResponse::version_ids_to_stages`](DescribeSecretResponse::version_ids_to_stages).
    pub fn set_version_ids_to_stages(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    ) -> Self {
        self.version_ids_to_stages = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> DescribeSecretResponse {
        DescribeSecretResponse {
            arn: self.arn,
            created_date: self.created_date,
            deleted_date: self.deleted_date,
            description: self.description,
            kms_key_id: self.kms_key_id,
            last_accessed_date: self.last_accessed_date,
            last_changed_date: self.last_changed_date,
            last_rotated_date: self.last_rotated_date,
            name: self.name,
            next_rotation_date: self.next_rotation_date,
            owning_service: self.owning_service,
            primary_region: self.primary_region,
            replication_status: self.replication_status,
            rotation_enabled: self.rotation_enabled,
            rotation_lambda_arn: self.rotation_lambda_arn,
            rotation_rules: self.rotation_rules,
            tags: self.tags,
            version_ids_to_stages: self.version_ids_to_stages,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// Allows you to add filters when you use the search function in Secrets Manager. For more information, see [Find secrets in Secrets Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_search-secret.html).
#[derive(Clone, Debug, PartialEq)]
pub struct Filter {
    /// The following are keys you can use:
    ///
    /// - **description**: Prefix match, not case-sensitive.
    /// - **name**: Prefix match, case-sensitive.
    /// - **tag-key**: Prefix match, case-sensitive.
    /// - **tag-value**: Prefix match, case-sensitive.
    /// - **primary-region**: Prefix match, case-sensitive.
    /// - **owning-service**: Prefix match, case-sensitive.
    /// - **all**: Breaks the filter value string into words and then searches all attributes for matches. Not case-sensitive.
    pub key: rt::Option<FilterNameStringType>,
    /// The keyword to filter for.
    ///
    /// You can prefix your search value with an exclamation mark (`!`) in order to perform negation filters.
    pub values: rt::Option<rt::Vec<rt::String>>,
}
impl Filter {
    /// A builder for this structure.
    pub fn builder() -> FilterBuilder {
        FilterBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl Filter {
    /// [`key`](Self::key).
    pub fn key(&self) -> rt::Option<&FilterNameStringType> {
        self.key.as_ref()
    }
    /// [`values`](Self::values), empty when unset.
    pub fn values(&self) -> &[rt::String] {
        self.values.as_deref().unwrap_or_default()
    }
}
/// Builds a [`Filter`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterBuilder {
    /// [`Filter::key`](Filter::key), if set.
    pub key: rt::Option<FilterNameStringType>,
    /// [`Filter::values`](Filter::values), if set.
    pub values: rt::Option<rt::Vec<rt::String>>,
}
impl FilterBuilder {
    /// Sets [`Filter::key`](Filter::key).
    pub fn key(mut self, value: impl rt::Into<FilterNameStringType>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`Filter::key`](Filter::key).
    pub fn set_key(mut self, value: rt::Option<FilterNameStringType>) -> Self {
        self.key = value;
        self
    }
    /// Appends one element to [`Filter::values`](Filter::values).
    pub fn values(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.values
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`Filter::values`](Filter::values).
    pub fn set_values(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.values = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Filter {
        Filter {
            key: self.key,
            values: self.values,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetSecretValueRequest {
    /// The ARN or name of the secret to retrieve. To retrieve a secret from another account, you must use an ARN.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    pub secret_id: rt::String,
    /// The unique identifier of the version of the secret to retrieve. If you include both this parameter and `VersionStage`, the two parameters must refer to the same secret version. If you don't specify either a `VersionStage` or `VersionId`, then Secrets Manager returns the `AWSCURRENT` version.
    ///
    /// This value is typically a [UUID-type](https://wikipedia.org/wiki/Universally_unique_identifier) value with 32 hexadecimal digits.
    pub version_id: rt::Option<rt::String>,
    /// The staging label of the version of the secret to retrieve.
    ///
    /// Secrets Manager uses staging labels to keep track of different versions during the rotation process. If you include both this parameter and `VersionId`, the two parameters must refer to the same secret version. If you don't specify either a `VersionStage` or `VersionId`, Secrets Manager returns the `AWSCURRENT` version.
    pub version_stage: rt::Option<rt::String>,
}
impl GetSecretValueRequest {
    /// A builder for this structure.
    pub fn builder() -> GetSecretValueRequestBuilder {
        GetSecretValueRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetSecretValueRequest {
    /// [`secret_id`](Self::secret_id).
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
    /// [`version_stage`](Self::version_stage).
    pub fn version_stage(&self) -> rt::Option<&str> {
        self.version_stage.as_deref()
    }
}
/// Builds a [`GetSecretValueRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetSecretValueRequestBuilder {
    /// [`GetSecretValueRequest::secret_id`](GetSecretValueRequest::secret_id), if set.
    pub secret_id: rt::Option<rt::String>,
    /// [`GetSecretValueRequest::version_id`](GetSecretValueRequest::version_id), if set.
    pub version_id: rt::Option<rt::String>,
    /// [`GetSecretValueRequest::version_stage`](GetSecretValueRequest::version_stage), if set.
    pub version_stage: rt::Option<rt::String>,
}
impl GetSecretValueRequestBuilder {
    /// Sets [`GetSecretValueRequest::secret_id`](GetSecretValueRequest::secret_id).
    pub fn secret_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueRequest::secret_id`](GetSecretValueRequest::secret_id).
    pub fn set_secret_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret_id = value;
        self
    }
    /// Sets [`GetSecretValueRequest::version_id`](GetSecretValueRequest::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueRequest::version_id`](GetSecretValueRequest::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// Sets [`GetSecretValueRequest::version_stage`](GetSecretValueRequest::version_stage).
    pub fn version_stage(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_stage = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueRequest::version_stage`](GetSecretValueRequest::version_stage).
    pub fn set_version_stage(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_stage = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<GetSecretValueRequest, rt::BuildError> {
        Ok(GetSecretValueRequest {
            secret_id: self.secret_id.ok_or(rt::BuildError {
                shape: "GetSecretValueRequest",
                member: "SecretId",
            })?,
            version_id: self.version_id,
            version_stage: self.version_stage,
        })
    }
}
#[derive(Clone, PartialEq)]
pub struct GetSecretValueResponse {
    /// The ARN of the secret.
    pub arn: rt::Option<rt::String>,
    /// The date and time that this version of the secret was created. If you don't specify which version in `VersionId` or `VersionStage`, then Secrets Manager uses the `AWSCURRENT` version.
    pub created_date: rt::Option<rt::DateTime>,
    /// The friendly name of the secret.
    pub name: rt::Option<rt::String>,
    /// The decrypted secret value, if the secret value was originally provided as binary data in the form of a byte array. When you retrieve a `SecretBinary` using the HTTP API, the Python SDK, or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not encoded.
    ///
    /// If the secret was created by using the Secrets Manager console, or if the secret value was originally provided as a string, then this field is omitted. The secret value appears in `SecretString` instead.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_binary: rt::Option<rt::Blob>,
    /// The decrypted secret value, if the secret value was originally provided as a string or through the Secrets Manager console.
    ///
    /// If this secret was created by using the console, then Secrets Manager stores the information as a JSON structure of key/value pairs.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_string: rt::Option<rt::String>,
    /// The unique identifier of this version of the secret.
    pub version_id: rt::Option<rt::String>,
    /// A list of all of the staging labels currently attached to this version of the secret.
    pub version_stages: rt::Option<rt::Vec<rt::String>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetSecretValueResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetSecretValueResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetSecretValueResponse {
    /// A builder for this structure.
    pub fn builder() -> GetSecretValueResponseBuilder {
        GetSecretValueResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetSecretValueResponse {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`created_date`](Self::created_date).
    pub fn created_date(&self) -> rt::Option<&rt::DateTime> {
        self.created_date.as_ref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`secret_binary`](Self::secret_binary).
    pub fn secret_binary(&self) -> rt::Option<&rt::Blob> {
        self.secret_binary.as_ref()
    }
    /// [`secret_string`](Self::secret_string).
    pub fn secret_string(&self) -> rt::Option<&str> {
        self.secret_string.as_deref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
    /// [`version_stages`](Self::version_stages), empty when unset.
    pub fn version_stages(&self) -> &[rt::String] {
        self.version_stages.as_deref().unwrap_or_default()
    }
}
/// Builds a [`GetSecretValueResponse`].
#[derive(Clone, Default, PartialEq)]
pub struct GetSecretValueResponseBuilder {
    /// [`GetSecretValueResponse::arn`](GetSecretValueResponse::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`GetSecretValueResponse::created_date`](GetSecretValueResponse::created_date), if set.
    pub created_date: rt::Option<rt::DateTime>,
    /// [`GetSecretValueResponse::name`](GetSecretValueResponse::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`GetSecretValueResponse::secret_binary`](GetSecretValueResponse::secret_binary), if set.
    pub secret_binary: rt::Option<rt::Blob>,
    /// [`GetSecretValueResponse::secret_string`](GetSecretValueResponse::secret_string), if set.
    pub secret_string: rt::Option<rt::String>,
    /// [`GetSecretValueResponse::version_id`](GetSecretValueResponse::version_id), if set.
    pub version_id: rt::Option<rt::String>,
    /// [`GetSecretValueResponse::version_stages`](GetSecretValueResponse::version_stages), if set.
    pub version_stages: rt::Option<rt::Vec<rt::String>>,
}
impl GetSecretValueResponseBuilder {
    /// Sets [`GetSecretValueResponse::arn`](GetSecretValueResponse::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueResponse::arn`](GetSecretValueResponse::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`GetSecretValueResponse::created_date`](GetSecretValueResponse::created_date).
    pub fn created_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_date = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueResponse::created_date`](GetSecretValueResponse::created_date).
    pub fn set_created_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_date = value;
        self
    }
    /// Sets [`GetSecretValueResponse::name`](GetSecretValueResponse::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueResponse::name`](GetSecretValueResponse::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`GetSecretValueResponse::secret_binary`](GetSecretValueResponse::secret_binary).
    pub fn secret_binary(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.secret_binary = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueResponse::secret_binary`](GetSecretValueResponse::secret_binary).
    pub fn set_secret_binary(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.secret_binary = value;
        self
    }
    /// Sets [`GetSecretValueResponse::secret_string`](GetSecretValueResponse::secret_string).
    pub fn secret_string(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret_string = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueResponse::secret_string`](GetSecretValueResponse::secret_string).
    pub fn set_secret_string(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret_string = value;
        self
    }
    /// Sets [`GetSecretValueResponse::version_id`](GetSecretValueResponse::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueResponse::version_id`](GetSecretValueResponse::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// Appends one element to [`GetSecretValueResponse::version_stages`](GetSecretValueResponse::version_stages).
    pub fn version_stages(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_stages
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`GetSecretValueResponse::version_stages`](GetSecretValueResponse::version_stages).
    pub fn set_version_stages(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.version_stages = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetSecretValueResponse {
        GetSecretValueResponse {
            arn: self.arn,
            created_date: self.created_date,
            name: self.name,
            secret_binary: self.secret_binary,
            secret_string: self.secret_string,
            version_id: self.version_id,
            version_stages: self.version_stages,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
impl ::std::fmt::Debug for GetSecretValueResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSecretValueResponse")
            .field("ARN", &self.arn)
            .field("CreatedDate", &self.created_date)
            .field("Name", &self.name)
            .field("SecretBinary", &"*** Sensitive Data Redacted ***")
            .field("SecretString", &"*** Sensitive Data Redacted ***")
            .field("VersionId", &self.version_id)
            .field("VersionStages", &self.version_stages)
            .finish()
    }
}
impl ::std::fmt::Debug for GetSecretValueResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSecretValueResponseBuilder")
            .field("ARN", &self.arn)
            .field("CreatedDate", &self.created_date)
            .field("Name", &self.name)
            .field("SecretBinary", &"*** Sensitive Data Redacted ***")
            .field("SecretString", &"*** Sensitive Data Redacted ***")
            .field("VersionId", &self.version_id)
            .field("VersionStages", &self.version_stages)
            .finish()
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListSecretsRequest {
    /// The filters to apply to the list of secrets.
    pub filters: rt::Option<rt::Vec<Filter>>,
    /// Specifies whether to include secrets scheduled for deletion. By default, secrets scheduled for deletion aren't included.
    pub include_planned_deletion: rt::Option<bool>,
    /// The number of results to include in the response.
    ///
    /// If there are more results available, in the response, Secrets Manager includes `NextToken`. To get the next results, call `ListSecrets` again with the value from `NextToken`.
    pub max_results: rt::Option<i32>,
    /// A token that indicates where the output should continue from, if a previous call did not show all results. To get the next results, call `ListSecrets` again with this value.
    pub next_token: rt::Option<rt::String>,
    /// Secrets are listed by `CreatedDate`.
    pub sort_order: rt::Option<SortOrderType>,
}
impl ListSecretsRequest {
    /// A builder for this structure.
    pub fn builder() -> ListSecretsRequestBuilder {
        ListSecretsRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListSecretsRequest {
    /// [`filters`](Self::filters), empty when unset.
    pub fn filters(&self) -> &[Filter] {
        self.filters.as_deref().unwrap_or_default()
    }
    /// [`include_planned_deletion`](Self::include_planned_deletion).
    pub fn include_planned_deletion(&self) -> rt::Option<bool> {
        self.include_planned_deletion
    }
    /// [`max_results`](Self::max_results).
    pub fn max_results(&self) -> rt::Option<i32> {
        self.max_results
    }
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`sort_order`](Self::sort_order).
    pub fn sort_order(&self) -> rt::Option<&SortOrderType> {
        self.sort_order.as_ref()
    }
}
/// Builds a [`ListSecretsRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListSecretsRequestBuilder {
    /// [`ListSecretsRequest::filters`](ListSecretsRequest::filters), if set.
    pub filters: rt::Option<rt::Vec<Filter>>,
    /// [`ListSecretsRequest::include_planned_deletion`](ListSecretsRequest::include_planned_deletion), if set.
    pub include_planned_deletion: rt::Option<bool>,
    /// [`ListSecretsRequest::max_results`](ListSecretsRequest::max_results), if set.
    pub max_results: rt::Option<i32>,
    /// [`ListSecretsRequest::next_token`](ListSecretsRequest::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListSecretsRequest::sort_order`](ListSecretsRequest::sort_order), if set.
    pub sort_order: rt::Option<SortOrderType>,
}
impl ListSecretsRequestBuilder {
    /// Appends one element to [`ListSecretsRequest::filters`](ListSecretsRequest::filters).
    pub fn filters(mut self, value: impl rt::Into<Filter>) -> Self {
        self.filters
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListSecretsRequest::filters`](ListSecretsRequest::filters).
    pub fn set_filters(mut self, value: rt::Option<rt::Vec<Filter>>) -> Self {
        self.filters = value;
        self
    }
    /// Sets [`ListSecretsRequest::include_planned_deletion`](ListSecretsRequest::include_planned_deletion).
    pub fn include_planned_deletion(mut self, value: impl rt::Into<bool>) -> Self {
        self.include_planned_deletion = Some(value.into());
        self
    }
    /// Sets or clears [`ListSecretsRequest::include_planned_deletion`](ListSecretsRequest::include_planned_deletion).
    pub fn set_include_planned_deletion(mut self, value: rt::Option<bool>) -> Self {
        self.include_planned_deletion = value;
        self
    }
    /// Sets [`ListSecretsRequest::max_results`](ListSecretsRequest::max_results).
    pub fn max_results(mut self, value: impl rt::Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets or clears [`ListSecretsRequest::max_results`](ListSecretsRequest::max_results).
    pub fn set_max_results(mut self, value: rt::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// Sets [`ListSecretsRequest::next_token`](ListSecretsRequest::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListSecretsRequest::next_token`](ListSecretsRequest::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Sets [`ListSecretsRequest::sort_order`](ListSecretsRequest::sort_order).
    pub fn sort_order(mut self, value: impl rt::Into<SortOrderType>) -> Self {
        self.sort_order = Some(value.into());
        self
    }
    /// Sets or clears [`ListSecretsRequest::sort_order`](ListSecretsRequest::sort_order).
    pub fn set_sort_order(mut self, value: rt::Option<SortOrderType>) -> Self {
        self.sort_order = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListSecretsRequest {
        ListSecretsRequest {
            filters: self.filters,
            include_planned_deletion: self.include_planned_deletion,
            max_results: self.max_results,
            next_token: self.next_token,
            sort_order: self.sort_order,
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ListSecretsResponse {
    /// Secrets Manager includes this value if there's more output available than what is included in the current response. This can occur even when the response includes no values at all, such as when you ask for a filtered view of a long list. To get the next results, call `ListSecrets` again with this value.
    pub next_token: rt::Option<rt::String>,
    /// A list of the secrets in the account.
    pub secret_list: rt::Option<rt::Vec<SecretListEntry>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for ListSecretsResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for ListSecretsResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl ListSecretsResponse {
    /// A builder for this structure.
    pub fn builder() -> ListSecretsResponseBuilder {
        ListSecretsResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ListSecretsResponse {
    /// [`next_token`](Self::next_token).
    pub fn next_token(&self) -> rt::Option<&str> {
        self.next_token.as_deref()
    }
    /// [`secret_list`](Self::secret_list), empty when unset.
    pub fn secret_list(&self) -> &[SecretListEntry] {
        self.secret_list.as_deref().unwrap_or_default()
    }
}
/// Builds a [`ListSecretsResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListSecretsResponseBuilder {
    /// [`ListSecretsResponse::next_token`](ListSecretsResponse::next_token), if set.
    pub next_token: rt::Option<rt::String>,
    /// [`ListSecretsResponse::secret_list`](ListSecretsResponse::secret_list), if set.
    pub secret_list: rt::Option<rt::Vec<SecretListEntry>>,
}
impl ListSecretsResponseBuilder {
    /// Sets [`ListSecretsResponse::next_token`](ListSecretsResponse::next_token).
    pub fn next_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets or clears [`ListSecretsResponse::next_token`](ListSecretsResponse::next_token).
    pub fn set_next_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.next_token = value;
        self
    }
    /// Appends one element to [`ListSecretsResponse::secret_list`](ListSecretsResponse::secret_list).
    pub fn secret_list(mut self, value: impl rt::Into<SecretListEntry>) -> Self {
        self.secret_list
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`ListSecretsResponse::secret_list`](ListSecretsResponse::secret_list).
    pub fn set_secret_list(mut self, value: rt::Option<rt::Vec<SecretListEntry>>) -> Self {
        self.secret_list = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ListSecretsResponse {
        ListSecretsResponse {
            next_token: self.next_token,
            secret_list: self.secret_list,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct PutSecretValueRequest {
    /// A unique identifier for the new version of the secret.
    ///
    /// **Note:** If you use the Amazon Web Services CLI or one of the Amazon Web Services SDKs to call this operation, then you can leave this parameter empty. The CLI or SDK generates a random UUID for you and includes it as the value for this parameter in the request.
    ///
    /// If you generate a raw HTTP request to the Secrets Manager service endpoint, then you must generate a `ClientRequestToken` and include it in the request.
    ///
    /// This value helps ensure idempotency. Secrets Manager uses this value to prevent the accidental creation of duplicate versions if there are failures and retries during a rotation. We recommend that you generate a [UUID-type](https://wikipedia.org/wiki/Universally_unique_identifier) value to ensure uniqueness of your versions within the specified secret.
    ///
    /// - If the `ClientRequestToken` value isn't already associated with a version of the secret then a new version of the secret is created.
    /// - If a version with this value already exists and that version's `SecretString` or `SecretBinary` values are the same as those in the request then the request is ignored. The operation is idempotent.
    /// - If a version with this value already exists and the version of the `SecretString` and `SecretBinary` values are different from those in the request, then the request fails because you can't modify a secret version. You can only create new versions to store new secret values.
    ///
    /// This value becomes the `VersionId` of the new version.
    pub client_request_token: rt::Option<rt::String>,
    /// A unique identifier that indicates the source of the request. For cross-account rotation (when you rotate a secret in one account by using a Lambda rotation function in another account) and the Lambda rotation function assumes an IAM role to call Secrets Manager, Secrets Manager validates the identity with the rotation token. For more information, see [How rotation works](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html).
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub rotation_token: rt::Option<rt::String>,
    /// The binary data to encrypt and store in the new version of the secret. To use this parameter in the command-line tools, we recommend that you store your binary data in a file and then pass the contents of the file as a parameter.
    ///
    /// You must include `SecretBinary` or `SecretString`, but not both.
    ///
    /// You can't access this value from the Secrets Manager console.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_binary: rt::Option<rt::Blob>,
    /// The ARN or name of the secret to add a new version to.
    ///
    /// For an ARN, we recommend that you specify a complete ARN rather than a partial ARN. See [Finding a secret from a partial ARN](https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen).
    ///
    /// If the secret doesn't already exist, use `CreateSecret` instead.
    pub secret_id: rt::String,
    /// The text to encrypt and store in the new version of the secret.
    ///
    /// You must include `SecretBinary` or `SecretString`, but not both.
    ///
    /// We recommend you create the secret string as JSON key/value pairs, as shown in the example.
    ///
    /// Sensitive: This field contains sensitive information, so the service does not include it in CloudTrail log entries. If you create your own log entries, you must also avoid logging the information in this field.
    pub secret_string: rt::Option<rt::String>,
    /// A list of staging labels to attach to this version of the secret. Secrets Manager uses staging labels to track versions of a secret through the rotation process.
    ///
    /// If you specify a staging label that's already associated with a different version of the same secret, then Secrets Manager removes the label from the other version and attaches it to this version. If you specify `AWSCURRENT`, and it is already attached to another version, then Secrets Manager also moves the staging label `AWSPREVIOUS` to the version that `AWSCURRENT` was removed from.
    ///
    /// If you don't include `VersionStages`, then Secrets Manager automatically moves the staging label `AWSCURRENT` to this version.
    pub version_stages: rt::Option<rt::Vec<rt::String>>,
}
impl PutSecretValueRequest {
    /// A builder for this structure.
    pub fn builder() -> PutSecretValueRequestBuilder {
        PutSecretValueRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutSecretValueRequest {
    /// [`client_request_token`](Self::client_request_token).
    pub fn client_request_token(&self) -> rt::Option<&str> {
        self.client_request_token.as_deref()
    }
    /// [`rotation_token`](Self::rotation_token).
    pub fn rotation_token(&self) -> rt::Option<&str> {
        self.rotation_token.as_deref()
    }
    /// [`secret_binary`](Self::secret_binary).
    pub fn secret_binary(&self) -> rt::Option<&rt::Blob> {
        self.secret_binary.as_ref()
    }
    /// [`secret_id`](Self::secret_id).
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }
    /// [`secret_string`](Self::secret_string).
    pub fn secret_string(&self) -> rt::Option<&str> {
        self.secret_string.as_deref()
    }
    /// [`version_stages`](Self::version_stages), empty when unset.
    pub fn version_stages(&self) -> &[rt::String] {
        self.version_stages.as_deref().unwrap_or_default()
    }
}
/// Builds a [`PutSecretValueRequest`].
#[derive(Clone, Default, PartialEq)]
pub struct PutSecretValueRequestBuilder {
    /// [`PutSecretValueRequest::client_request_token`](PutSecretValueRequest::client_request_token), if set.
    pub client_request_token: rt::Option<rt::String>,
    /// [`PutSecretValueRequest::rotation_token`](PutSecretValueRequest::rotation_token), if set.
    pub rotation_token: rt::Option<rt::String>,
    /// [`PutSecretValueRequest::secret_binary`](PutSecretValueRequest::secret_binary), if set.
    pub secret_binary: rt::Option<rt::Blob>,
    /// [`PutSecretValueRequest::secret_id`](PutSecretValueRequest::secret_id), if set.
    pub secret_id: rt::Option<rt::String>,
    /// [`PutSecretValueRequest::secret_string`](PutSecretValueRequest::secret_string), if set.
    pub secret_string: rt::Option<rt::String>,
    /// [`PutSecretValueRequest::version_stages`](PutSecretValueRequest::version_stages), if set.
    pub version_stages: rt::Option<rt::Vec<rt::String>>,
}
impl PutSecretValueRequestBuilder {
    /// Sets [`PutSecretValueRequest::client_request_token`](PutSecretValueRequest::client_request_token).
    pub fn client_request_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.client_request_token = Some(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueRequest::client_request_token`](PutSecretValueRequest::client_request_token).
    pub fn set_client_request_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.client_request_token = value;
        self
    }
    /// Sets [`PutSecretValueRequest::rotation_token`](PutSecretValueRequest::rotation_token).
    pub fn rotation_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.rotation_token = Some(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueRequest::rotation_token`](PutSecretValueRequest::rotation_token).
    pub fn set_rotation_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.rotation_token = value;
        self
    }
    /// Sets [`PutSecretValueRequest::secret_binary`](PutSecretValueRequest::secret_binary).
    pub fn secret_binary(mut self, value: impl rt::Into<rt::Blob>) -> Self {
        self.secret_binary = Some(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueRequest::secret_binary`](PutSecretValueRequest::secret_binary).
    pub fn set_secret_binary(mut self, value: rt::Option<rt::Blob>) -> Self {
        self.secret_binary = value;
        self
    }
    /// Sets [`PutSecretValueRequest::secret_id`](PutSecretValueRequest::secret_id).
    pub fn secret_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueRequest::secret_id`](PutSecretValueRequest::secret_id).
    pub fn set_secret_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret_id = value;
        self
    }
    /// Sets [`PutSecretValueRequest::secret_string`](PutSecretValueRequest::secret_string).
    pub fn secret_string(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret_string = Some(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueRequest::secret_string`](PutSecretValueRequest::secret_string).
    pub fn set_secret_string(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret_string = value;
        self
    }
    /// Appends one element to [`PutSecretValueRequest::version_stages`](PutSecretValueRequest::version_stages).
    pub fn version_stages(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_stages
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueRequest::version_stages`](PutSecretValueRequest::version_stages).
    pub fn set_version_stages(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.version_stages = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<PutSecretValueRequest, rt::BuildError> {
        Ok(PutSecretValueRequest {
            client_request_token: self.client_request_token,
            rotation_token: self.rotation_token,
            secret_binary: self.secret_binary,
            secret_id: self.secret_id.ok_or(rt::BuildError {
                shape: "PutSecretValueRequest",
                member: "SecretId",
            })?,
            secret_string: self.secret_string,
            version_stages: self.version_stages,
        })
    }
}
impl ::std::fmt::Debug for PutSecretValueRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutSecretValueRequest")
            .field("ClientRequestToken", &self.client_request_token)
            .field("RotationToken", &"*** Sensitive Data Redacted ***")
            .field("SecretBinary", &"*** Sensitive Data Redacted ***")
            .field("SecretId", &self.secret_id)
            .field("SecretString", &"*** Sensitive Data Redacted ***")
            .field("VersionStages", &self.version_stages)
            .finish()
    }
}
impl ::std::fmt::Debug for PutSecretValueRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutSecretValueRequestBuilder")
            .field("ClientRequestToken", &self.client_request_token)
            .field("RotationToken", &"*** Sensitive Data Redacted ***")
            .field("SecretBinary", &"*** Sensitive Data Redacted ***")
            .field("SecretId", &self.secret_id)
            .field("SecretString", &"*** Sensitive Data Redacted ***")
            .field("VersionStages", &self.version_stages)
            .finish()
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PutSecretValueResponse {
    /// The ARN of the secret.
    pub arn: rt::Option<rt::String>,
    /// The name of the secret.
    pub name: rt::Option<rt::String>,
    /// The unique identifier of the version of the secret.
    pub version_id: rt::Option<rt::String>,
    /// The list of staging labels that are currently attached to this version of the secret. Secrets Manager uses staging labels to track a version as it progresses through the secret rotation process.
    pub version_stages: rt::Option<rt::Vec<rt::String>>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for PutSecretValueResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for PutSecretValueResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl PutSecretValueResponse {
    /// A builder for this structure.
    pub fn builder() -> PutSecretValueResponseBuilder {
        PutSecretValueResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PutSecretValueResponse {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`version_id`](Self::version_id).
    pub fn version_id(&self) -> rt::Option<&str> {
        self.version_id.as_deref()
    }
    /// [`version_stages`](Self::version_stages), empty when unset.
    pub fn version_stages(&self) -> &[rt::String] {
        self.version_stages.as_deref().unwrap_or_default()
    }
}
/// Builds a [`PutSecretValueResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PutSecretValueResponseBuilder {
    /// [`PutSecretValueResponse::arn`](PutSecretValueResponse::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`PutSecretValueResponse::name`](PutSecretValueResponse::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`PutSecretValueResponse::version_id`](PutSecretValueResponse::version_id), if set.
    pub version_id: rt::Option<rt::String>,
    /// [`PutSecretValueResponse::version_stages`](PutSecretValueResponse::version_stages), if set.
    pub version_stages: rt::Option<rt::Vec<rt::String>>,
}
impl PutSecretValueResponseBuilder {
    /// Sets [`PutSecretValueResponse::arn`](PutSecretValueResponse::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueResponse::arn`](PutSecretValueResponse::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`PutSecretValueResponse::name`](PutSecretValueResponse::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueResponse::name`](PutSecretValueResponse::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`PutSecretValueResponse::version_id`](PutSecretValueResponse::version_id).
    pub fn version_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueResponse::version_id`](PutSecretValueResponse::version_id).
    pub fn set_version_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.version_id = value;
        self
    }
    /// Appends one element to [`PutSecretValueResponse::version_stages`](PutSecretValueResponse::version_stages).
    pub fn version_stages(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.version_stages
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`PutSecretValueResponse::version_stages`](PutSecretValueResponse::version_stages).
    pub fn set_version_stages(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.version_stages = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PutSecretValueResponse {
        PutSecretValueResponse {
            arn: self.arn,
            name: self.name,
            version_id: self.version_id,
            version_stages: self.version_stages,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// A custom type that specifies a `Region` and the `KmsKeyId` for a replica secret.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplicaRegionType {
    /// The ARN, key ID, or alias of the KMS key to encrypt the secret. If you don't include this field, Secrets Manager uses `aws/secretsmanager`.
    pub kms_key_id: rt::Option<rt::String>,
    /// A Region code. For a list of Region codes, see [Name and code of Regions](https://docs.aws.amazon.com/general/latest/gr/rande.html#regional-endpoints).
    pub region: rt::Option<rt::String>,
}
impl ReplicaRegionType {
    /// A builder for this structure.
    pub fn builder() -> ReplicaRegionTypeBuilder {
        ReplicaRegionTypeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReplicaRegionType {
    /// [`kms_key_id`](Self::kms_key_id).
    pub fn kms_key_id(&self) -> rt::Option<&str> {
        self.kms_key_id.as_deref()
    }
    /// [`region`](Self::region).
    pub fn region(&self) -> rt::Option<&str> {
        self.region.as_deref()
    }
}
/// Builds a [`ReplicaRegionType`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplicaRegionTypeBuilder {
    /// [`ReplicaRegionType::kms_key_id`](ReplicaRegionType::kms_key_id), if set.
    pub kms_key_id: rt::Option<rt::String>,
    /// [`ReplicaRegionType::region`](ReplicaRegionType::region), if set.
    pub region: rt::Option<rt::String>,
}
impl ReplicaRegionTypeBuilder {
    /// Sets [`ReplicaRegionType::kms_key_id`](ReplicaRegionType::kms_key_id).
    pub fn kms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaRegionType::kms_key_id`](ReplicaRegionType::kms_key_id).
    pub fn set_kms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_key_id = value;
        self
    }
    /// Sets [`ReplicaRegionType::region`](ReplicaRegionType::region).
    pub fn region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicaRegionType::region`](ReplicaRegionType::region).
    pub fn set_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.region = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReplicaRegionType {
        ReplicaRegionType {
            kms_key_id: self.kms_key_id,
            region: self.region,
        }
    }
}
/// A replication object consisting of a `RegionReplicationStatus` object and includes a Region, KMSKeyId, status, and status message.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplicationStatusType {
    /// Can be an `ARN`, `Key ID`, or `Alias`.
    pub kms_key_id: rt::Option<rt::String>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region.
    pub last_accessed_date: rt::Option<rt::DateTime>,
    /// The Region where replication occurs.
    pub region: rt::Option<rt::String>,
    /// The status can be `InProgress`, `Failed`, or `InSync`.
    pub status: rt::Option<StatusType>,
    /// Status message such as "*Secret with this name already exists in this region*".
    pub status_message: rt::Option<rt::String>,
}
impl ReplicationStatusType {
    /// A builder for this structure.
    pub fn builder() -> ReplicationStatusTypeBuilder {
        ReplicationStatusTypeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ReplicationStatusType {
    /// [`kms_key_id`](Self::kms_key_id).
    pub fn kms_key_id(&self) -> rt::Option<&str> {
        self.kms_key_id.as_deref()
    }
    /// [`last_accessed_date`](Self::last_accessed_date).
    pub fn last_accessed_date(&self) -> rt::Option<&rt::DateTime> {
        self.last_accessed_date.as_ref()
    }
    /// [`region`](Self::region).
    pub fn region(&self) -> rt::Option<&str> {
        self.region.as_deref()
    }
    /// [`status`](Self::status).
    pub fn status(&self) -> rt::Option<&StatusType> {
        self.status.as_ref()
    }
    /// [`status_message`](Self::status_message).
    pub fn status_message(&self) -> rt::Option<&str> {
        self.status_message.as_deref()
    }
}
/// Builds a [`ReplicationStatusType`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplicationStatusTypeBuilder {
    /// [`ReplicationStatusType::kms_key_id`](ReplicationStatusType::kms_key_id), if set.
    pub kms_key_id: rt::Option<rt::String>,
    /// [`ReplicationStatusType::last_accessed_date`](ReplicationStatusType::last_accessed_date), if set.
    pub last_accessed_date: rt::Option<rt::DateTime>,
    /// [`ReplicationStatusType::region`](ReplicationStatusType::region), if set.
    pub region: rt::Option<rt::String>,
    /// [`ReplicationStatusType::status`](ReplicationStatusType::status), if set.
    pub status: rt::Option<StatusType>,
    /// [`ReplicationStatusType::status_message`](ReplicationStatusType::status_message), if set.
    pub status_message: rt::Option<rt::String>,
}
impl ReplicationStatusTypeBuilder {
    /// Sets [`ReplicationStatusType::kms_key_id`](ReplicationStatusType::kms_key_id).
    pub fn kms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicationStatusType::kms_key_id`](ReplicationStatusType::kms_key_id).
    pub fn set_kms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_key_id = value;
        self
    }
    /// Sets [`ReplicationStatusType::last_accessed_date`](ReplicationStatusType::last_accessed_date).
    pub fn last_accessed_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_accessed_date = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicationStatusType::last_accessed_date`](ReplicationStatusType::last_accessed_date).
    pub fn set_last_accessed_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_accessed_date = value;
        self
    }
    /// Sets [`ReplicationStatusType::region`](ReplicationStatusType::region).
    pub fn region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicationStatusType::region`](ReplicationStatusType::region).
    pub fn set_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.region = value;
        self
    }
    /// Sets [`ReplicationStatusType::status`](ReplicationStatusType::status).
    pub fn status(mut self, value: impl rt::Into<StatusType>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicationStatusType::status`](ReplicationStatusType::status).
    pub fn set_status(mut self, value: rt::Option<StatusType>) -> Self {
        self.status = value;
        self
    }
    /// Sets [`ReplicationStatusType::status_message`](ReplicationStatusType::status_message).
    pub fn status_message(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.status_message = Some(value.into());
        self
    }
    /// Sets or clears [`ReplicationStatusType::status_message`](ReplicationStatusType::status_message).
    pub fn set_status_message(mut self, value: rt::Option<rt::String>) -> Self {
        self.status_message = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ReplicationStatusType {
        ReplicationStatusType {
            kms_key_id: self.kms_key_id,
            last_accessed_date: self.last_accessed_date,
            region: self.region,
            status: self.status,
            status_message: self.status_message,
        }
    }
}
/// A structure that defines the rotation configuration for the secret.
#[derive(Clone, Debug, PartialEq)]
pub struct RotationRulesType {
    /// The number of days between rotations of the secret. You can use this value to check that your secret meets your compliance guidelines for how often secrets must be rotated. If you use this field to set the rotation schedule, Secrets Manager calculates the next rotation date based on the previous rotation. Manually updating the secret value by calling `PutSecretValue` or `UpdateSecret` is considered a valid rotation.
    ///
    /// In `DescribeSecret` and `ListSecrets`, this value is calculated from the rotation schedule after every successful rotation. In `RotateSecret`, you can set the rotation schedule in `RotationRules` with `AutomaticallyAfterDays` or `ScheduleExpression`, but not both. To set a rotation schedule in hours, use `ScheduleExpression`.
    pub automatically_after_days: rt::Option<i64>,
    /// The length of the rotation window in hours, for example `3h` for a three hour window. Secrets Manager rotates your secret at any time during this window. The window must not extend into the next rotation window or the next UTC day. The window starts according to the `ScheduleExpression`. If you don't specify a `Duration`, for a `ScheduleExpression` in hours, the window automatically closes after one hour. For a `ScheduleExpression` in days, the window automatically closes at the end of the UTC day. For more information, including examples, see [Schedule expressions in Secrets Manager rotation](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html) in the *Secrets Manager Users Guide*.
    pub duration: rt::Option<rt::String>,
    /// A `cron()` or `rate()` expression that defines the schedule for rotating your secret. Secrets Manager rotation schedules use UTC time zone. Secrets Manager rotates your secret any time during a rotation window.
    ///
    /// Secrets Manager `rate()` expressions represent the interval in hours or days that you want to rotate your secret, for example `rate(12 hours)` or `rate(10 days)`. You can rotate a secret as often as every four hours. If you use a `rate()` expression, the rotation window starts at midnight. For a rate in hours, the default rotation window closes after one hour. For a rate in days, the default rotation window closes at the end of the day. You can set the `Duration` to change the rotation window. The rotation window must not extend into the next UTC day or into the next rotation window.
    ///
    /// You can use a `cron()` expression to create a rotation schedule that is more detailed than a rotation interval. For more information, including examples, see [Schedule expressions in Secrets Manager rotation](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html) in the *Secrets Manager Users Guide*. For a cron expression that represents a schedule in hours, the default rotation window closes after one hour. For a cron expression that represents a schedule in days, the default rotation window closes at the end of the day. You can set the `Duration` to change the rotation window. The rotation window must not extend into the next UTC day or into the next rotation window.
    pub schedule_expression: rt::Option<rt::String>,
}
impl RotationRulesType {
    /// A builder for this structure.
    pub fn builder() -> RotationRulesTypeBuilder {
        RotationRulesTypeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl RotationRulesType {
    /// [`automatically_after_days`](Self::automatically_after_days).
    pub fn automatically_after_days(&self) -> rt::Option<i64> {
        self.automatically_after_days
    }
    /// [`duration`](Self::duration).
    pub fn duration(&self) -> rt::Option<&str> {
        self.duration.as_deref()
    }
    /// [`schedule_expression`](Self::schedule_expression).
    pub fn schedule_expression(&self) -> rt::Option<&str> {
        self.schedule_expression.as_deref()
    }
}
/// Builds a [`RotationRulesType`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RotationRulesTypeBuilder {
    /// [`RotationRulesType::automatically_after_days`](RotationRulesType::automatically_after_days), if set.
    pub automatically_after_days: rt::Option<i64>,
    /// [`RotationRulesType::duration`](RotationRulesType::duration), if set.
    pub duration: rt::Option<rt::String>,
    /// [`RotationRulesType::schedule_expression`](RotationRulesType::schedule_expression), if set.
    pub schedule_expression: rt::Option<rt::String>,
}
impl RotationRulesTypeBuilder {
    /// Sets [`RotationRulesType::automatically_after_days`](RotationRulesType::automatically_after_days).
    pub fn automatically_after_days(mut self, value: impl rt::Into<i64>) -> Self {
        self.automatically_after_days = Some(value.into());
        self
    }
    /// Sets or clears [`RotationRulesType::automatically_after_days`](RotationRulesType::automatically_after_days).
    pub fn set_automatically_after_days(mut self, value: rt::Option<i64>) -> Self {
        self.automatically_after_days = value;
        self
    }
    /// Sets [`RotationRulesType::duration`](RotationRulesType::duration).
    pub fn duration(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.duration = Some(value.into());
        self
    }
    /// Sets or clears [`RotationRulesType::duration`](RotationRulesType::duration).
    pub fn set_duration(mut self, value: rt::Option<rt::String>) -> Self {
        self.duration = value;
        self
    }
    /// Sets [`RotationRulesType::schedule_expression`](RotationRulesType::schedule_expression).
    pub fn schedule_expression(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.schedule_expression = Some(value.into());
        self
    }
    /// Sets or clears [`RotationRulesType::schedule_expression`](RotationRulesType::schedule_expression).
    pub fn set_schedule_expression(mut self, value: rt::Option<rt::String>) -> Self {
        self.schedule_expression = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> RotationRulesType {
        RotationRulesType {
            automatically_after_days: self.automatically_after_days,
            duration: self.duration,
            schedule_expression: self.schedule_expression,
        }
    }
}
/// A structure that contains the details about a secret. It does not include the encrypted `SecretString` and `SecretBinary` values. To get those values, use [GetSecretValue](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html) .
#[derive(Clone, Debug, PartialEq)]
pub struct SecretListEntry {
    /// The Amazon Resource Name (ARN) of the secret.
    pub arn: rt::Option<rt::String>,
    /// The date and time when a secret was created.
    pub created_date: rt::Option<rt::DateTime>,
    /// The date and time the deletion of the secret occurred. Not present on active secrets. The secret can be recovered until the number of days in the recovery window has passed, as specified in the `RecoveryWindowInDays` parameter of the [ `DeleteSecret`](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html) operation.
    pub deleted_date: rt::Option<rt::DateTime>,
    /// The user-provided description of the secret.
    pub description: rt::Option<rt::String>,
    /// The ARN of the KMS key that Secrets Manager uses to encrypt the secret value. If the secret is encrypted with the Amazon Web Services managed key `aws/secretsmanager`, this field is omitted.
    pub kms_key_id: rt::Option<rt::String>,
    /// The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region.
    pub last_accessed_date: rt::Option<rt::DateTime>,
    /// The last date and time that this secret was modified in any way.
    pub last_changed_date: rt::Option<rt::DateTime>,
    /// The most recent date and time that the Secrets Manager rotation process was successfully completed. This value is null if the secret hasn't ever rotated.
    pub last_rotated_date: rt::Option<rt::DateTime>,
    /// The friendly name of the secret.
    pub name: rt::Option<rt::String>,
    /// The next rotation is scheduled to occur on or before this date. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null.
    pub next_rotation_date: rt::Option<rt::DateTime>,
    /// Returns the name of the service that created the secret.
    pub owning_service: rt::Option<rt::String>,
    /// The Region where Secrets Manager originated the secret.
    pub primary_region: rt::Option<rt::String>,
    /// Indicates whether automatic, scheduled rotation is enabled for this secret.
    pub rotation_enabled: rt::Option<bool>,
    /// The ARN of an Amazon Web Services Lambda function invoked by Secrets Manager to rotate and expire the secret either automatically per the schedule or manually by a call to [ `RotateSecret`](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotateSecret.html) .
    pub rotation_lambda_arn: rt::Option<rt::String>,
    /// A structure that defines the rotation configuration for the secret.
    pub rotation_rules: rt::Option<RotationRulesType>,
    /// A list of all of the currently assigned `SecretVersionStage` staging labels and the `SecretVersionId` attached to each one. Staging labels are used to keep track of the different versions during the rotation process.
    ///
    /// **Note:** A version that does not have any `SecretVersionStage` is considered deprecated and subject to deletion. Such versions are not included in this list.
    pub secret_versions_to_stages: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    /// The list of user-defined tags associated with the secret. To add tags to a secret, use [ `TagResource`](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_TagResource.html) . To remove tags, use [ `UntagResource`](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UntagResource.html) .
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl SecretListEntry {
    /// A builder for this structure.
    pub fn builder() -> SecretListEntryBuilder {
        SecretListEntryBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl SecretListEntry {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`created_date`](Self::created_date).
    pub fn created_date(&self) -> rt::Option<&rt::DateTime> {
        self.created_date.as_ref()
    }
    /// [`deleted_date`](Self::deleted_date).
    pub fn deleted_date(&self) -> rt::Option<&rt::DateTime> {
        self.deleted_date.as_ref()
    }
    /// [`description`](Self::description).
    pub fn description(&self) -> rt::Option<&str> {
        self.description.as_deref()
    }
    /// [`kms_key_id`](Self::kms_key_id).
    pub fn kms_key_id(&self) -> rt::Option<&str> {
        self.kms_key_id.as_deref()
    }
    /// [`last_accessed_date`](Self::last_accessed_date).
    pub fn last_accessed_date(&self) -> rt::Option<&rt::DateTime> {
        self.last_accessed_date.as_ref()
    }
    /// [`last_changed_date`](Self::last_changed_date).
    pub fn last_changed_date(&self) -> rt::Option<&rt::DateTime> {
        self.last_changed_date.as_ref()
    }
    /// [`last_rotated_date`](Self::last_rotated_date).
    pub fn last_rotated_date(&self) -> rt::Option<&rt::DateTime> {
        self.last_rotated_date.as_ref()
    }
    /// [`name`](Self::name).
    pub fn name(&self) -> rt::Option<&str> {
        self.name.as_deref()
    }
    /// [`next_rotation_date`](Self::next_rotation_date).
    pub fn next_rotation_date(&self) -> rt::Option<&rt::DateTime> {
        self.next_rotation_date.as_ref()
    }
    /// [`owning_service`](Self::owning_service).
    pub fn owning_service(&self) -> rt::Option<&str> {
        self.owning_service.as_deref()
    }
    /// [`primary_region`](Self::primary_region).
    pub fn primary_region(&self) -> rt::Option<&str> {
        self.primary_region.as_deref()
    }
    /// [`rotation_enabled`](Self::rotation_enabled).
    pub fn rotation_enabled(&self) -> rt::Option<bool> {
        self.rotation_enabled
    }
    /// [`rotation_lambda_arn`](Self::rotation_lambda_arn).
    pub fn rotation_lambda_arn(&self) -> rt::Option<&str> {
        self.rotation_lambda_arn.as_deref()
    }
    /// [`rotation_rules`](Self::rotation_rules).
    pub fn rotation_rules(&self) -> rt::Option<&RotationRulesType> {
        self.rotation_rules.as_ref()
    }
    /// [`secret_versions_to_stages`](Self::secret_versions_to_stages).
    pub fn secret_versions_to_stages(
        &self,
    ) -> rt::Option<&rt::BTreeMap<rt::String, rt::Vec<rt::String>>> {
        self.secret_versions_to_stages.as_ref()
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
}
/// Builds a [`SecretListEntry`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SecretListEntryBuilder {
    /// [`SecretListEntry::arn`](SecretListEntry::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`SecretListEntry::created_date`](SecretListEntry::created_date), if set.
    pub created_date: rt::Option<rt::DateTime>,
    /// [`SecretListEntry::deleted_date`](SecretListEntry::deleted_date), if set.
    pub deleted_date: rt::Option<rt::DateTime>,
    /// [`SecretListEntry::description`](SecretListEntry::description), if set.
    pub description: rt::Option<rt::String>,
    /// [`SecretListEntry::kms_key_id`](SecretListEntry::kms_key_id), if set.
    pub kms_key_id: rt::Option<rt::String>,
    /// [`SecretListEntry::last_accessed_date`](SecretListEntry::last_accessed_date), if set.
    pub last_accessed_date: rt::Option<rt::DateTime>,
    /// [`SecretListEntry::last_changed_date`](SecretListEntry::last_changed_date), if set.
    pub last_changed_date: rt::Option<rt::DateTime>,
    /// [`SecretListEntry::last_rotated_date`](SecretListEntry::last_rotated_date), if set.
    pub last_rotated_date: rt::Option<rt::DateTime>,
    /// [`SecretListEntry::name`](SecretListEntry::name), if set.
    pub name: rt::Option<rt::String>,
    /// [`SecretListEntry::next_rotation_date`](SecretListEntry::next_rotation_date), if set.
    pub next_rotation_date: rt::Option<rt::DateTime>,
    /// [`SecretListEntry::owning_service`](SecretListEntry::owning_service), if set.
    pub owning_service: rt::Option<rt::String>,
    /// [`SecretListEntry::primary_region`](SecretListEntry::primary_region), if set.
    pub primary_region: rt::Option<rt::String>,
    /// [`SecretListEntry::rotation_enabled`](SecretListEntry::rotation_enabled), if set.
    pub rotation_enabled: rt::Option<bool>,
    /// [`SecretListEntry::rotation_lambda_arn`](SecretListEntry::rotation_lambda_arn), if set.
    pub rotation_lambda_arn: rt::Option<rt::String>,
    /// [`SecretListEntry::rotation_rules`](SecretListEntry::rotation_rules), if set.
    pub rotation_rules: rt::Option<RotationRulesType>,
    /// [`SecretListEntry::secret_versions_to_stages`](SecretListEntry::secret_versions_to_stages), if set.
    pub secret_versions_to_stages: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    /// [`SecretListEntry::tags`](SecretListEntry::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
}
impl SecretListEntryBuilder {
    /// Sets [`SecretListEntry::arn`](SecretListEntry::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::arn`](SecretListEntry::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`SecretListEntry::created_date`](SecretListEntry::created_date).
    pub fn created_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.created_date = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::created_date`](SecretListEntry::created_date).
    pub fn set_created_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.created_date = value;
        self
    }
    /// Sets [`SecretListEntry::deleted_date`](SecretListEntry::deleted_date).
    pub fn deleted_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.deleted_date = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::deleted_date`](SecretListEntry::deleted_date).
    pub fn set_deleted_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.deleted_date = value;
        self
    }
    /// Sets [`SecretListEntry::description`](SecretListEntry::description).
    pub fn description(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::description`](SecretListEntry::description).
    pub fn set_description(mut self, value: rt::Option<rt::String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`SecretListEntry::kms_key_id`](SecretListEntry::kms_key_id).
    pub fn kms_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.kms_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::kms_key_id`](SecretListEntry::kms_key_id).
    pub fn set_kms_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.kms_key_id = value;
        self
    }
    /// Sets [`SecretListEntry::last_accessed_date`](SecretListEntry::last_accessed_date).
    pub fn last_accessed_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_accessed_date = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::last_accessed_date`](SecretListEntry::last_accessed_date).
    pub fn set_last_accessed_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_accessed_date = value;
        self
    }
    /// Sets [`SecretListEntry::last_changed_date`](SecretListEntry::last_changed_date).
    pub fn last_changed_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_changed_date = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::last_changed_date`](SecretListEntry::last_changed_date).
    pub fn set_last_changed_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_changed_date = value;
        self
    }
    /// Sets [`SecretListEntry::last_rotated_date`](SecretListEntry::last_rotated_date).
    pub fn last_rotated_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.last_rotated_date = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::last_rotated_date`](SecretListEntry::last_rotated_date).
    pub fn set_last_rotated_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.last_rotated_date = value;
        self
    }
    /// Sets [`SecretListEntry::name`](SecretListEntry::name).
    pub fn name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::name`](SecretListEntry::name).
    pub fn set_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`SecretListEntry::next_rotation_date`](SecretListEntry::next_rotation_date).
    pub fn next_rotation_date(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.next_rotation_date = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::next_rotation_date`](SecretListEntry::next_rotation_date).
    pub fn set_next_rotation_date(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.next_rotation_date = value;
        self
    }
    /// Sets [`SecretListEntry::owning_service`](SecretListEntry::owning_service).
    pub fn owning_service(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.owning_service = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::owning_service`](SecretListEntry::owning_service).
    pub fn set_owning_service(mut self, value: rt::Option<rt::String>) -> Self {
        self.owning_service = value;
        self
    }
    /// Sets [`SecretListEntry::primary_region`](SecretListEntry::primary_region).
    pub fn primary_region(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.primary_region = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::primary_region`](SecretListEntry::primary_region).
    pub fn set_primary_region(mut self, value: rt::Option<rt::String>) -> Self {
        self.primary_region = value;
        self
    }
    /// Sets [`SecretListEntry::rotation_enabled`](SecretListEntry::rotation_enabled).
    pub fn rotation_enabled(mut self, value: impl rt::Into<bool>) -> Self {
        self.rotation_enabled = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::rotation_enabled`](SecretListEntry::rotation_enabled).
    pub fn set_rotation_enabled(mut self, value: rt::Option<bool>) -> Self {
        self.rotation_enabled = value;
        self
    }
    /// Sets [`SecretListEntry::rotation_lambda_arn`](SecretListEntry::rotation_lambda_arn).
    pub fn rotation_lambda_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.rotation_lambda_arn = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::rotation_lambda_arn`](SecretListEntry::rotation_lambda_arn).
    pub fn set_rotation_lambda_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.rotation_lambda_arn = value;
        self
    }
    /// Sets [`SecretListEntry::rotation_rules`](SecretListEntry::rotation_rules).
    pub fn rotation_rules(mut self, value: impl rt::Into<RotationRulesType>) -> Self {
        self.rotation_rules = Some(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::rotation_rules`](SecretListEntry::rotation_rules).
    pub fn set_rotation_rules(mut self, value: rt::Option<RotationRulesType>) -> Self {
        self.rotation_rules = value;
        self
    }
    /// Inserts one entry into [`SecretListEntry::secret_versions_to_stages`](SecretListEntry::secret_versions_to_stages).
    pub fn secret_versions_to_stages(
        mut self,
        key: impl rt::Into<rt::String>,
        value: impl rt::Into<rt::Vec<rt::String>>,
    ) -> Self {
        self.secret_versions_to_stages
            .get_or_insert_with(rt::BTreeMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::secret_versions_to_stages`](SecretListEntry::secret_versions_to_stages).
    pub fn set_secret_versions_to_stages(
        mut self,
        value: rt::Option<rt::BTreeMap<rt::String, rt::Vec<rt::String>>>,
    ) -> Self {
        self.secret_versions_to_stages = value;
        self
    }
    /// Appends one element to [`SecretListEntry::tags`](SecretListEntry::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`SecretListEntry::tags`](SecretListEntry::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> SecretListEntry {
        SecretListEntry {
            arn: self.arn,
            created_date: self.created_date,
            deleted_date: self.deleted_date,
            description: self.description,
            kms_key_id: self.kms_key_id,
            last_accessed_date: self.last_accessed_date,
            last_changed_date: self.last_changed_date,
            last_rotated_date: self.last_rotated_date,
            name: self.name,
            next_rotation_date: self.next_rotation_date,
            owning_service: self.owning_service,
            primary_region: self.primary_region,
            rotation_enabled: self.rotation_enabled,
            rotation_lambda_arn: self.rotation_lambda_arn,
            rotation_rules: self.rotation_rules,
            secret_versions_to_stages: self.secret_versions_to_stages,
            tags: self.tags,
        }
    }
}
/// A structure that contains information about a tag.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    /// The key identifier, or name, of the tag.
    pub key: rt::Option<rt::String>,
    /// The string value associated with the key of the tag.
    pub value: rt::Option<rt::String>,
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
    /// [`key`](Self::key).
    pub fn key(&self) -> rt::Option<&str> {
        self.key.as_deref()
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> rt::Option<&str> {
        self.value.as_deref()
    }
}
/// Builds a [`Tag`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagBuilder {
    /// [`Tag::key`](Tag::key), if set.
    pub key: rt::Option<rt::String>,
    /// [`Tag::value`](Tag::value), if set.
    pub value: rt::Option<rt::String>,
}
impl TagBuilder {
    /// Sets [`Tag::key`](Tag::key).
    pub fn key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets or clears [`Tag::key`](Tag::key).
    pub fn set_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.key = value;
        self
    }
    /// Sets [`Tag::value`](Tag::value).
    pub fn value(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears [`Tag::value`](Tag::value).
    pub fn set_value(mut self, value: rt::Option<rt::String>) -> Self {
        self.value = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> Tag {
        Tag {
            key: self.key,
            value: self.value,
        }
    }
}

::codegen_rt::string_enum! {
    pub enum FilterNameStringType {
        All = "all",
        Description = "description",
        Name = "name",
        OwningService = "owning-service",
        PrimaryRegion = "primary-region",
        TagKey = "tag-key",
        TagValue = "tag-value",
    }
}

::codegen_rt::string_enum! {
    pub enum SortOrderType {
        Asc = "asc",
        Desc = "desc",
    }
}

::codegen_rt::string_enum! {
    pub enum StatusType {
        Failed = "Failed",
        InProgress = "InProgress",
        InSync = "InSync",
    }
}
