// Generated from models/aws-sts.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! Data types: operation inputs and outputs, structures, unions and enums.
#[allow(unused_imports)]
use crate::error::*;
#[allow(unused_imports)]
use ::codegen_rt as rt;
#[allow(unused_imports)]
use rt::{FromJson as _, ToJson as _};
#[derive(Clone, Debug, PartialEq)]
pub struct AssumeRoleRequest {
    /// The duration, in seconds, of the role session. The value specified can range from 900 seconds (15 minutes) up to the maximum session duration set for the role. The maximum session duration setting can have a value from 1 hour to 12 hours. If you specify a value higher than this setting or the administrator setting (whichever is lower), the operation fails. For example, if you specify a session duration of 12 hours, but your administrator set the maximum session duration to 6 hours, your operation fails.
    ///
    /// Role chaining limits your Amazon Web Services CLI or Amazon Web Services API role session to a maximum of one hour. When you use the `AssumeRole` API operation to assume a role, you can specify the duration of your role session with the `DurationSeconds` parameter. You can specify a parameter value of up to 43200 seconds (12 hours), depending on the maximum session duration setting for your role. However, if you assume a role using role chaining and provide a `DurationSeconds` parameter value greater than one hour, the operation fails. To learn how to view the maximum value for your role, see [Update the maximum session duration for a role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-settings.html#id_roles_update-session-duration).
    ///
    /// By default, the value is set to `3600` seconds.
    ///
    /// **Note:** The `DurationSeconds` parameter is separate from the duration of a console session that you might request using the returned credentials. The request to the federation endpoint for a console sign-in token takes a `SessionDuration` parameter that specifies the maximum length of the console session. For more information, see [Creating a URL that Enables Federated Users to Access the Amazon Web Services Management Console](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html) in the *IAM User Guide*.
    pub duration_seconds: rt::Option<i32>,
    /// A unique identifier that might be required when you assume a role in another account. If the administrator of the account to which the role belongs provided you with an external ID, then provide that value in the `ExternalId` parameter. This value can be any string, such as a passphrase or account number. A cross-account role is usually set up to trust everyone in an account. Therefore, the administrator of the trusting account might send an external ID to the administrator of the trusted account. That way, only someone with the ID can assume the role, rather than everyone in the account. For more information about the external ID, see [How to Use an External ID When Granting Access to Your Amazon Web Services Resources to a Third Party](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@:/-
    pub external_id: rt::Option<rt::String>,
    /// An IAM policy in JSON format that you want to use as an inline session policy.
    ///
    /// This parameter is optional. Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    ///
    /// The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. The JSON policy characters can be any ASCII character from the space character to the end of the valid character list (\\u0020 through \\u00FF). It can also include the tab (\\u0009), linefeed (\\u000A), and carriage return (\\u000D) characters.
    ///
    /// **Note:** An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// For more information about role session permissions, see [Session policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
    pub policy: rt::Option<rt::String>,
    /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed session policies. The policies must exist in the same account as the role.
    ///
    /// This parameter is optional. You can provide up to 10 managed policy ARNs. However, the plaintext that you use for both inline and managed session policies can't exceed 2,048 characters. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the Amazon Web Services General Reference.
    ///
    /// **Note:** An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// Passing policies to this operation returns new temporary credentials. The resulting session's permissions are the intersection of the role's identity-based policy and the session policies. You can use the role's temporary credentials in subsequent Amazon Web Services API calls to access resources in the account that owns the role. You cannot use session policies to grant more permissions than those allowed by the identity-based policy of the role that is being assumed. For more information, see [Session Policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session) in the *IAM User Guide*.
    pub policy_arns: rt::Option<rt::Vec<PolicyDescriptorType>>,
    /// A list of previously acquired trusted context assertions in the format of a JSON array. The trusted context assertion is signed and encrypted by Amazon Web Services STS.
    ///
    /// The following is an example of a `ProvidedContext` value that includes a single trusted context assertion and the ARN of the context provider from which the trusted context assertion was generated.
    ///
    /// `[{"ProviderArn":"arn:aws:iam::aws:contextProvider/IdentityCenter","ContextAssertion":"trusted-context-assertion"}]`
    pub provided_contexts: rt::Option<rt::Vec<ProvidedContext>>,
    /// The Amazon Resource Name (ARN) of the role to assume.
    pub role_arn: rt::String,
    /// An identifier for the assumed role session.
    ///
    /// Use the role session name to uniquely identify a session when the same role is assumed by different principals or for different reasons. In cross-account scenarios, the role session name is visible to, and can be logged by the account that owns the role. The role session name is also used in the ARN of the assumed role principal. This means that subsequent cross-account API requests that use the temporary security credentials will expose the role session name to the external account in their CloudTrail logs.
    ///
    /// For security purposes, administrators can view this field in [CloudTrail logs](https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html#cloudtrail-integration_signin-tempcreds) to help identify who performed an action in Amazon Web Services. Your administrator might require that you specify your user name as the session name when you assume the role. For more information, see [ `sts:RoleSessionName`](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_rolesessionname) .
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub role_session_name: rt::String,
    /// The identification number of the MFA device that is associated with the user who is making the `AssumeRole` call. Specify this value if the trust policy of the role being assumed includes a condition that requires MFA authentication. The value is either the serial number for a hardware device (such as `GAHT12345678`) or an Amazon Resource Name (ARN) for a virtual device (such as `arn:aws:iam::123456789012:mfa/user`).
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub serial_number: rt::Option<rt::String>,
    /// The source identity specified by the principal that is calling the `AssumeRole` operation. The source identity value persists across [chained role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#iam-term-role-chaining) sessions.
    ///
    /// You can require users to specify a source identity when they assume a role. You do this by using the [ `sts:SourceIdentity`](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceidentity) condition key in a role trust policy. You can use source identity information in CloudTrail logs to determine who took actions with a role. You can use the `aws:SourceIdentity` condition key to further control access to Amazon Web Services resources based on the value of source identity. For more information about using source identity, see [Monitor and control actions taken with assumed roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: +=,.@-. You cannot use a value that begins with the text `aws:`. This prefix is reserved for Amazon Web Services internal use.
    pub source_identity: rt::Option<rt::String>,
    /// A list of session tags that you want to pass. Each session tag consists of a key name and an associated value. For more information about session tags, see [Tagging Amazon Web Services STS Sessions](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
    ///
    /// This parameter is optional. You can pass up to 50 session tags. The plaintext session tag keys can’t exceed 128 characters, and the values can’t exceed 256 characters. For these and additional limits, see [IAM and STS Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-limits.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    ///
    /// **Note:** An Amazon Web Services conversion compresses the passed inline session policy, managed policy ARNs, and session tags into a packed binary format that has a separate limit. Your request can fail for this limit even if your plaintext meets the other requirements. The `PackedPolicySize` response element indicates by percentage how close the policies and tags for your request are to the upper size limit.
    ///
    /// You can pass a session tag with the same key as a tag that is already attached to the role. When you do, session tags override a role tag with the same key.
    ///
    /// Tag key–value pairs are not case sensitive, but case is preserved. This means that you cannot have separate `Department` and `department` tag keys. Assume that the role has the `Department`=`Marketing` tag and you pass the `department`=`engineering` session tag. `Department` and `department` are not saved as separate tags, and the session tag passed in the request takes precedence over the role tag.
    ///
    /// Additionally, if you used temporary credentials to perform this operation, the new session inherits any transitive session tags from the calling session. If you pass a session tag with the same key as an inherited tag, the operation fails. To view the inherited tags for a session, see the CloudTrail logs. For more information, see [Viewing Session Tags in CloudTrail](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_ctlogs) in the *IAM User Guide*.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// The value provided by the MFA device, if the trust policy of the role being assumed requires MFA. (In other words, if the policy includes a condition that tests for MFA). If the role being assumed requires MFA and if the `TokenCode` value is missing or expired, the `AssumeRole` call returns an "access denied" error.
    ///
    /// The format for this parameter, as described by its regex pattern, is a sequence of six numeric digits.
    pub token_code: rt::Option<rt::String>,
    /// A list of keys for session tags that you want to set as transitive. If you set a tag key as transitive, the corresponding key and value passes to subsequent sessions in a role chain. For more information, see [Chaining Roles with Session Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining) in the *IAM User Guide*.
    ///
    /// This parameter is optional. The transitive status of a session tag does not impact its packed binary size.
    ///
    /// If you choose not to specify a transitive tag key, then no tags are passed from this session to any subsequent sessions.
    pub transitive_tag_keys: rt::Option<rt::Vec<rt::String>>,
}
impl AssumeRoleRequest {
    /// A builder for this structure.
    pub fn builder() -> AssumeRoleRequestBuilder {
        AssumeRoleRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AssumeRoleRequest {
    /// [`duration_seconds`](Self::duration_seconds).
    pub fn duration_seconds(&self) -> rt::Option<i32> {
        self.duration_seconds
    }
    /// [`external_id`](Self::external_id).
    pub fn external_id(&self) -> rt::Option<&str> {
        self.external_id.as_deref()
    }
    /// [`policy`](Self::policy).
    pub fn policy(&self) -> rt::Option<&str> {
        self.policy.as_deref()
    }
    /// [`policy_arns`](Self::policy_arns), empty when unset.
    pub fn policy_arns(&self) -> &[PolicyDescriptorType] {
        self.policy_arns.as_deref().unwrap_or_default()
    }
    /// [`provided_contexts`](Self::provided_contexts), empty when unset.
    pub fn provided_contexts(&self) -> &[ProvidedContext] {
        self.provided_contexts.as_deref().unwrap_or_default()
    }
    /// [`role_arn`](Self::role_arn).
    pub fn role_arn(&self) -> &str {
        &self.role_arn
    }
    /// [`role_session_name`](Self::role_session_name).
    pub fn role_session_name(&self) -> &str {
        &self.role_session_name
    }
    /// [`serial_number`](Self::serial_number).
    pub fn serial_number(&self) -> rt::Option<&str> {
        self.serial_number.as_deref()
    }
    /// [`source_identity`](Self::source_identity).
    pub fn source_identity(&self) -> rt::Option<&str> {
        self.source_identity.as_deref()
    }
    /// [`tags`](Self::tags), empty when unset.
    pub fn tags(&self) -> &[Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// [`token_code`](Self::token_code).
    pub fn token_code(&self) -> rt::Option<&str> {
        self.token_code.as_deref()
    }
    /// [`transitive_tag_keys`](Self::transitive_tag_keys), empty when unset.
    pub fn transitive_tag_keys(&self) -> &[rt::String] {
        self.transitive_tag_keys.as_deref().unwrap_or_default()
    }
}
/// Builds a [`AssumeRoleRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssumeRoleRequestBuilder {
    /// [`AssumeRoleRequest::duration_seconds`](AssumeRoleRequest::duration_seconds), if set.
    pub duration_seconds: rt::Option<i32>,
    /// [`AssumeRoleRequest::external_id`](AssumeRoleRequest::external_id), if set.
    pub external_id: rt::Option<rt::String>,
    /// [`AssumeRoleRequest::policy`](AssumeRoleRequest::policy), if set.
    pub policy: rt::Option<rt::String>,
    /// [`AssumeRoleRequest::policy_arns`](AssumeRoleRequest::policy_arns), if set.
    pub policy_arns: rt::Option<rt::Vec<PolicyDescriptorType>>,
    /// [`AssumeRoleRequest::provided_contexts`](AssumeRoleRequest::provided_contexts), if set.
    pub provided_contexts: rt::Option<rt::Vec<ProvidedContext>>,
    /// [`AssumeRoleRequest::role_arn`](AssumeRoleRequest::role_arn), if set.
    pub role_arn: rt::Option<rt::String>,
    /// [`AssumeRoleRequest::role_session_name`](AssumeRoleRequest::role_session_name), if set.
    pub role_session_name: rt::Option<rt::String>,
    /// [`AssumeRoleRequest::serial_number`](AssumeRoleRequest::serial_number), if set.
    pub serial_number: rt::Option<rt::String>,
    /// [`AssumeRoleRequest::source_identity`](AssumeRoleRequest::source_identity), if set.
    pub source_identity: rt::Option<rt::String>,
    /// [`AssumeRoleRequest::tags`](AssumeRoleRequest::tags), if set.
    pub tags: rt::Option<rt::Vec<Tag>>,
    /// [`AssumeRoleRequest::token_code`](AssumeRoleRequest::token_code), if set.
    pub token_code: rt::Option<rt::String>,
    /// [`AssumeRoleRequest::transitive_tag_keys`](AssumeRoleRequest::transitive_tag_keys), if set.
    pub transitive_tag_keys: rt::Option<rt::Vec<rt::String>>,
}
impl AssumeRoleRequestBuilder {
    /// Sets [`AssumeRoleRequest::duration_seconds`](AssumeRoleRequest::duration_seconds).
    pub fn duration_seconds(mut self, value: impl rt::Into<i32>) -> Self {
        self.duration_seconds = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::duration_seconds`](AssumeRoleRequest::duration_seconds).
    pub fn set_duration_seconds(mut self, value: rt::Option<i32>) -> Self {
        self.duration_seconds = value;
        self
    }
    /// Sets [`AssumeRoleRequest::external_id`](AssumeRoleRequest::external_id).
    pub fn external_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.external_id = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::external_id`](AssumeRoleRequest::external_id).
    pub fn set_external_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.external_id = value;
        self
    }
    /// Sets [`AssumeRoleRequest::policy`](AssumeRoleRequest::policy).
    pub fn policy(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.policy = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::policy`](AssumeRoleRequest::policy).
    pub fn set_policy(mut self, value: rt::Option<rt::String>) -> Self {
        self.policy = value;
        self
    }
    /// Appends one element to [`AssumeRoleRequest::policy_arns`](AssumeRoleRequest::policy_arns).
    pub fn policy_arns(mut self, value: impl rt::Into<PolicyDescriptorType>) -> Self {
        self.policy_arns
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::policy_arns`](AssumeRoleRequest::policy_arns).
    pub fn set_policy_arns(mut self, value: rt::Option<rt::Vec<PolicyDescriptorType>>) -> Self {
        self.policy_arns = value;
        self
    }
    /// Appends one element to [`AssumeRoleRequest::provided_contexts`](AssumeRoleRequest::provided_contexts).
    pub fn provided_contexts(mut self, value: impl rt::Into<ProvidedContext>) -> Self {
        self.provided_contexts
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::provided_contexts`](AssumeRoleRequest::provided_contexts).
    pub fn set_provided_contexts(mut self, value: rt::Option<rt::Vec<ProvidedContext>>) -> Self {
        self.provided_contexts = value;
        self
    }
    /// Sets [`AssumeRoleRequest::role_arn`](AssumeRoleRequest::role_arn).
    pub fn role_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.role_arn = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::role_arn`](AssumeRoleRequest::role_arn).
    pub fn set_role_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.role_arn = value;
        self
    }
    /// Sets [`AssumeRoleRequest::role_session_name`](AssumeRoleRequest::role_session_name).
    pub fn role_session_name(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.role_session_name = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::role_session_name`](AssumeRoleRequest::role_session_name).
    pub fn set_role_session_name(mut self, value: rt::Option<rt::String>) -> Self {
        self.role_session_name = value;
        self
    }
    /// Sets [`AssumeRoleRequest::serial_number`](AssumeRoleRequest::serial_number).
    pub fn serial_number(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::serial_number`](AssumeRoleRequest::serial_number).
    pub fn set_serial_number(mut self, value: rt::Option<rt::String>) -> Self {
        self.serial_number = value;
        self
    }
    /// Sets [`AssumeRoleRequest::source_identity`](AssumeRoleRequest::source_identity).
    pub fn source_identity(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.source_identity = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::source_identity`](AssumeRoleRequest::source_identity).
    pub fn set_source_identity(mut self, value: rt::Option<rt::String>) -> Self {
        self.source_identity = value;
        self
    }
    /// Appends one element to [`AssumeRoleRequest::tags`](AssumeRoleRequest::tags).
    pub fn tags(mut self, value: impl rt::Into<Tag>) -> Self {
        self.tags
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::tags`](AssumeRoleRequest::tags).
    pub fn set_tags(mut self, value: rt::Option<rt::Vec<Tag>>) -> Self {
        self.tags = value;
        self
    }
    /// Sets [`AssumeRoleRequest::token_code`](AssumeRoleRequest::token_code).
    pub fn token_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.token_code = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::token_code`](AssumeRoleRequest::token_code).
    pub fn set_token_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.token_code = value;
        self
    }
    /// Appends one element to [`AssumeRoleRequest::transitive_tag_keys`](AssumeRoleRequest::transitive_tag_keys).
    pub fn transitive_tag_keys(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.transitive_tag_keys
            .get_or_insert_with(rt::Vec::new)
            .push(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleRequest::transitive_tag_keys`](AssumeRoleRequest::transitive_tag_keys).
    pub fn set_transitive_tag_keys(mut self, value: rt::Option<rt::Vec<rt::String>>) -> Self {
        self.transitive_tag_keys = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<AssumeRoleRequest, rt::BuildError> {
        Ok(AssumeRoleRequest {
            duration_seconds: self.duration_seconds,
            external_id: self.external_id,
            policy: self.policy,
            policy_arns: self.policy_arns,
            provided_contexts: self.provided_contexts,
            role_arn: self.role_arn.ok_or(rt::BuildError {
                shape: "AssumeRoleRequest",
                member: "RoleArn",
            })?,
            role_session_name: self.role_session_name.ok_or(rt::BuildError {
                shape: "AssumeRoleRequest",
                member: "RoleSessionName",
            })?,
            serial_number: self.serial_number,
            source_identity: self.source_identity,
            tags: self.tags,
            token_code: self.token_code,
            transitive_tag_keys: self.transitive_tag_keys,
        })
    }
}
/// Contains the response to a successful AssumeRole request, including temporary Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumeRoleResponse {
    /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you can use to refer to the resulting temporary security credentials. For example, you can reference these credentials as a principal in a resource-based policy by using the ARN or assumed role ID. The ARN and ID include the `RoleSessionName` that you specified when you called `AssumeRole`.
    pub assumed_role_user: rt::Option<AssumedRoleUser>,
    /// The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token.
    ///
    /// **Note:** The size of the security token that STS API operations return is not fixed. We strongly recommend that you make no assumptions about the maximum size.
    pub credentials: rt::Option<CredentialsShape>,
    /// A percentage value that indicates the packed size of the session policies and session tags combined passed in the request. The request fails if the packed size is greater than 100 percent, which means the policies and tags exceeded the allowed space.
    pub packed_policy_size: rt::Option<i32>,
    /// The source identity specified by the principal that is calling the `AssumeRole` operation.
    ///
    /// You can require users to specify a source identity when they assume a role. You do this by using the `sts:SourceIdentity` condition key in a role trust policy. You can use source identity information in CloudTrail logs to determine who took actions with a role. You can use the `aws:SourceIdentity` condition key to further control access to Amazon Web Services resources based on the value of source identity. For more information about using source identity, see [Monitor and control actions taken with assumed roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html) in the *IAM User Guide*.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@-
    pub source_identity: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for AssumeRoleResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for AssumeRoleResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl AssumeRoleResponse {
    /// A builder for this structure.
    pub fn builder() -> AssumeRoleResponseBuilder {
        AssumeRoleResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AssumeRoleResponse {
    /// [`assumed_role_user`](Self::assumed_role_user).
    pub fn assumed_role_user(&self) -> rt::Option<&AssumedRoleUser> {
        self.assumed_role_user.as_ref()
    }
    /// [`credentials`](Self::credentials).
    pub fn credentials(&self) -> rt::Option<&CredentialsShape> {
        self.credentials.as_ref()
    }
    /// [`packed_policy_size`](Self::packed_policy_size).
    pub fn packed_policy_size(&self) -> rt::Option<i32> {
        self.packed_policy_size
    }
    /// [`source_identity`](Self::source_identity).
    pub fn source_identity(&self) -> rt::Option<&str> {
        self.source_identity.as_deref()
    }
}
/// Builds a [`AssumeRoleResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssumeRoleResponseBuilder {
    /// [`AssumeRoleResponse::assumed_role_user`](AssumeRoleResponse::assumed_role_user), if set.
    pub assumed_role_user: rt::Option<AssumedRoleUser>,
    /// [`AssumeRoleResponse::credentials`](AssumeRoleResponse::credentials), if set.
    pub credentials: rt::Option<CredentialsShape>,
    /// [`AssumeRoleResponse::packed_policy_size`](AssumeRoleResponse::packed_policy_size), if set.
    pub packed_policy_size: rt::Option<i32>,
    /// [`AssumeRoleResponse::source_identity`](AssumeRoleResponse::source_identity), if set.
    pub source_identity: rt::Option<rt::String>,
}
impl AssumeRoleResponseBuilder {
    /// Sets [`AssumeRoleResponse::assumed_role_user`](AssumeRoleResponse::assumed_role_user).
    pub fn assumed_role_user(mut self, value: impl rt::Into<AssumedRoleUser>) -> Self {
        self.assumed_role_user = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleResponse::assumed_role_user`](AssumeRoleResponse::assumed_role_user).
    pub fn set_assumed_role_user(mut self, value: rt::Option<AssumedRoleUser>) -> Self {
        self.assumed_role_user = value;
        self
    }
    /// Sets [`AssumeRoleResponse::credentials`](AssumeRoleResponse::credentials).
    pub fn credentials(mut self, value: impl rt::Into<CredentialsShape>) -> Self {
        self.credentials = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleResponse::credentials`](AssumeRoleResponse::credentials).
    pub fn set_credentials(mut self, value: rt::Option<CredentialsShape>) -> Self {
        self.credentials = value;
        self
    }
    /// Sets [`AssumeRoleResponse::packed_policy_size`](AssumeRoleResponse::packed_policy_size).
    pub fn packed_policy_size(mut self, value: impl rt::Into<i32>) -> Self {
        self.packed_policy_size = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleResponse::packed_policy_size`](AssumeRoleResponse::packed_policy_size).
    pub fn set_packed_policy_size(mut self, value: rt::Option<i32>) -> Self {
        self.packed_policy_size = value;
        self
    }
    /// Sets [`AssumeRoleResponse::source_identity`](AssumeRoleResponse::source_identity).
    pub fn source_identity(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.source_identity = Some(value.into());
        self
    }
    /// Sets or clears [`AssumeRoleResponse::source_identity`](AssumeRoleResponse::source_identity).
    pub fn set_source_identity(mut self, value: rt::Option<rt::String>) -> Self {
        self.source_identity = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> AssumeRoleResponse {
        AssumeRoleResponse {
            assumed_role_user: self.assumed_role_user,
            credentials: self.credentials,
            packed_policy_size: self.packed_policy_size,
            source_identity: self.source_identity,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// The identifiers for the temporary security credentials that the operation returns.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumedRoleUser {
    /// The ARN of the temporary security credentials that are returned from the AssumeRole action. For more information about ARNs and how to use them in policies, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in the *IAM User Guide*.
    pub arn: rt::String,
    /// A unique identifier that contains the role ID and the role session name of the role that is being assumed. The role ID is generated by Amazon Web Services when the role is created.
    pub assumed_role_id: rt::String,
}
impl AssumedRoleUser {
    /// A builder for this structure.
    pub fn builder() -> AssumedRoleUserBuilder {
        AssumedRoleUserBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl AssumedRoleUser {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> &str {
        &self.arn
    }
    /// [`assumed_role_id`](Self::assumed_role_id).
    pub fn assumed_role_id(&self) -> &str {
        &self.assumed_role_id
    }
}
/// Builds a [`AssumedRoleUser`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssumedRoleUserBuilder {
    /// [`AssumedRoleUser::arn`](AssumedRoleUser::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`AssumedRoleUser::assumed_role_id`](AssumedRoleUser::assumed_role_id), if set.
    pub assumed_role_id: rt::Option<rt::String>,
}
impl AssumedRoleUserBuilder {
    /// Sets [`AssumedRoleUser::arn`](AssumedRoleUser::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`AssumedRoleUser::arn`](AssumedRoleUser::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`AssumedRoleUser::assumed_role_id`](AssumedRoleUser::assumed_role_id).
    pub fn assumed_role_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.assumed_role_id = Some(value.into());
        self
    }
    /// Sets or clears [`AssumedRoleUser::assumed_role_id`](AssumedRoleUser::assumed_role_id).
    pub fn set_assumed_role_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.assumed_role_id = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<AssumedRoleUser, rt::BuildError> {
        Ok(AssumedRoleUser {
            arn: self.arn.ok_or(rt::BuildError {
                shape: "AssumedRoleUser",
                member: "Arn",
            })?,
            assumed_role_id: self.assumed_role_id.ok_or(rt::BuildError {
                shape: "AssumedRoleUser",
                member: "AssumedRoleId",
            })?,
        })
    }
}
/// Amazon Web Services credentials for API authentication.
#[derive(Clone, PartialEq)]
pub struct CredentialsShape {
    /// The access key ID that identifies the temporary security credentials.
    pub access_key_id: rt::String,
    /// The date on which the current credentials expire.
    pub expiration: rt::DateTime,
    /// The secret access key that can be used to sign requests.
    pub secret_access_key: rt::String,
    /// The token that users must pass to the service API to use the temporary credentials.
    pub session_token: rt::String,
}
impl CredentialsShape {
    /// A builder for this structure.
    pub fn builder() -> CredentialsShapeBuilder {
        CredentialsShapeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl CredentialsShape {
    /// [`access_key_id`](Self::access_key_id).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }
    /// [`expiration`](Self::expiration).
    pub fn expiration(&self) -> &rt::DateTime {
        &self.expiration
    }
    /// [`secret_access_key`](Self::secret_access_key).
    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }
    /// [`session_token`](Self::session_token).
    pub fn session_token(&self) -> &str {
        &self.session_token
    }
}
/// Builds a [`CredentialsShape`].
#[derive(Clone, Default, PartialEq)]
pub struct CredentialsShapeBuilder {
    /// [`CredentialsShape::access_key_id`](CredentialsShape::access_key_id), if set.
    pub access_key_id: rt::Option<rt::String>,
    /// [`CredentialsShape::expiration`](CredentialsShape::expiration), if set.
    pub expiration: rt::Option<rt::DateTime>,
    /// [`CredentialsShape::secret_access_key`](CredentialsShape::secret_access_key), if set.
    pub secret_access_key: rt::Option<rt::String>,
    /// [`CredentialsShape::session_token`](CredentialsShape::session_token), if set.
    pub session_token: rt::Option<rt::String>,
}
impl CredentialsShapeBuilder {
    /// Sets [`CredentialsShape::access_key_id`](CredentialsShape::access_key_id).
    pub fn access_key_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.access_key_id = Some(value.into());
        self
    }
    /// Sets or clears [`CredentialsShape::access_key_id`](CredentialsShape::access_key_id).
    pub fn set_access_key_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.access_key_id = value;
        self
    }
    /// Sets [`CredentialsShape::expiration`](CredentialsShape::expiration).
    pub fn expiration(mut self, value: impl rt::Into<rt::DateTime>) -> Self {
        self.expiration = Some(value.into());
        self
    }
    /// Sets or clears [`CredentialsShape::expiration`](CredentialsShape::expiration).
    pub fn set_expiration(mut self, value: rt::Option<rt::DateTime>) -> Self {
        self.expiration = value;
        self
    }
    /// Sets [`CredentialsShape::secret_access_key`](CredentialsShape::secret_access_key).
    pub fn secret_access_key(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.secret_access_key = Some(value.into());
        self
    }
    /// Sets or clears [`CredentialsShape::secret_access_key`](CredentialsShape::secret_access_key).
    pub fn set_secret_access_key(mut self, value: rt::Option<rt::String>) -> Self {
        self.secret_access_key = value;
        self
    }
    /// Sets [`CredentialsShape::session_token`](CredentialsShape::session_token).
    pub fn session_token(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.session_token = Some(value.into());
        self
    }
    /// Sets or clears [`CredentialsShape::session_token`](CredentialsShape::session_token).
    pub fn set_session_token(mut self, value: rt::Option<rt::String>) -> Self {
        self.session_token = value;
        self
    }
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<CredentialsShape, rt::BuildError> {
        Ok(CredentialsShape {
            access_key_id: self.access_key_id.ok_or(rt::BuildError {
                shape: "CredentialsShape",
                member: "AccessKeyId",
            })?,
            expiration: self.expiration.ok_or(rt::BuildError {
                shape: "CredentialsShape",
                member: "Expiration",
            })?,
            secret_access_key: self.secret_access_key.ok_or(rt::BuildError {
                shape: "CredentialsShape",
                member: "SecretAccessKey",
            })?,
            session_token: self.session_token.ok_or(rt::BuildError {
                shape: "CredentialsShape",
                member: "SessionToken",
            })?,
        })
    }
}
impl ::std::fmt::Debug for CredentialsShape {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CredentialsShape")
            .field("AccessKeyId", &self.access_key_id)
            .field("Expiration", &self.expiration)
            .field("SecretAccessKey", &"*** Sensitive Data Redacted ***")
            .field("SessionToken", &self.session_token)
            .finish()
    }
}
impl ::std::fmt::Debug for CredentialsShapeBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CredentialsShapeBuilder")
            .field("AccessKeyId", &self.access_key_id)
            .field("Expiration", &self.expiration)
            .field("SecretAccessKey", &"*** Sensitive Data Redacted ***")
            .field("SessionToken", &self.session_token)
            .finish()
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetCallerIdentityRequest {}
impl GetCallerIdentityRequest {
    /// A builder for this structure.
    pub fn builder() -> GetCallerIdentityRequestBuilder {
        GetCallerIdentityRequestBuilder::default()
    }
}
/// Builds a [`GetCallerIdentityRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetCallerIdentityRequestBuilder {}
impl GetCallerIdentityRequestBuilder {
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetCallerIdentityRequest {
        GetCallerIdentityRequest {}
    }
}
/// Contains the response to a successful GetCallerIdentity request, including information about the entity making the request.
#[derive(Clone, Debug, PartialEq)]
pub struct GetCallerIdentityResponse {
    /// The Amazon Web Services account ID number of the account that owns or contains the calling entity.
    pub account: rt::Option<rt::String>,
    /// The Amazon Web Services ARN associated with the calling entity.
    pub arn: rt::Option<rt::String>,
    /// The unique identifier of the calling entity. The exact value depends on the type of entity that is making the call. The values returned are those listed in the **aws:userid** column in the [Principal table](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable) found on the **Policy Variables** reference page in the *IAM User Guide*.
    pub user_id: rt::Option<rt::String>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetCallerIdentityResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetCallerIdentityResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetCallerIdentityResponse {
    /// A builder for this structure.
    pub fn builder() -> GetCallerIdentityResponseBuilder {
        GetCallerIdentityResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetCallerIdentityResponse {
    /// [`account`](Self::account).
    pub fn account(&self) -> rt::Option<&str> {
        self.account.as_deref()
    }
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
    /// [`user_id`](Self::user_id).
    pub fn user_id(&self) -> rt::Option<&str> {
        self.user_id.as_deref()
    }
}
/// Builds a [`GetCallerIdentityResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetCallerIdentityResponseBuilder {
    /// [`GetCallerIdentityResponse::account`](GetCallerIdentityResponse::account), if set.
    pub account: rt::Option<rt::String>,
    /// [`GetCallerIdentityResponse::arn`](GetCallerIdentityResponse::arn), if set.
    pub arn: rt::Option<rt::String>,
    /// [`GetCallerIdentityResponse::user_id`](GetCallerIdentityResponse::user_id), if set.
    pub user_id: rt::Option<rt::String>,
}
impl GetCallerIdentityResponseBuilder {
    /// Sets [`GetCallerIdentityResponse::account`](GetCallerIdentityResponse::account).
    pub fn account(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.account = Some(value.into());
        self
    }
    /// Sets or clears [`GetCallerIdentityResponse::account`](GetCallerIdentityResponse::account).
    pub fn set_account(mut self, value: rt::Option<rt::String>) -> Self {
        self.account = value;
        self
    }
    /// Sets [`GetCallerIdentityResponse::arn`](GetCallerIdentityResponse::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`GetCallerIdentityResponse::arn`](GetCallerIdentityResponse::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// Sets [`GetCallerIdentityResponse::user_id`](GetCallerIdentityResponse::user_id).
    pub fn user_id(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets or clears [`GetCallerIdentityResponse::user_id`](GetCallerIdentityResponse::user_id).
    pub fn set_user_id(mut self, value: rt::Option<rt::String>) -> Self {
        self.user_id = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetCallerIdentityResponse {
        GetCallerIdentityResponse {
            account: self.account,
            arn: self.arn,
            user_id: self.user_id,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GetSessionTokenRequest {
    /// The duration, in seconds, that the credentials should remain valid. Acceptable durations for IAM user sessions range from 900 seconds (15 minutes) to 129,600 seconds (36 hours), with 43,200 seconds (12 hours) as the default. Sessions for Amazon Web Services account owners are restricted to a maximum of 3,600 seconds (one hour). If the duration is longer than one hour, the session for Amazon Web Services account owners defaults to one hour.
    pub duration_seconds: rt::Option<i32>,
    /// The identification number of the MFA device that is associated with the IAM user who is making the `GetSessionToken` call. Specify this value if the IAM user has a policy that requires MFA authentication. The value is either the serial number for a hardware device (such as `GAHT12345678`) or an Amazon Resource Name (ARN) for a virtual device (such as `arn:aws:iam::123456789012:mfa/user`). You can find the device for an IAM user by going to the Amazon Web Services Management Console and viewing the user's security credentials.
    ///
    /// The regex used to validate this parameter is a string of characters consisting of upper- and lower-case alphanumeric characters with no spaces. You can also include underscores or any of the following characters: =,.@:/-
    pub serial_number: rt::Option<rt::String>,
    /// The value provided by the MFA device, if MFA is required. If any policy requires the IAM user to submit an MFA code, specify this value. If MFA authentication is required, the user must provide a code when requesting a set of temporary security credentials. A user who fails to provide the code receives an "access denied" response when requesting resources that require MFA authentication.
    ///
    /// The format for this parameter, as described by its regex pattern, is a sequence of six numeric digits.
    pub token_code: rt::Option<rt::String>,
}
impl GetSessionTokenRequest {
    /// A builder for this structure.
    pub fn builder() -> GetSessionTokenRequestBuilder {
        GetSessionTokenRequestBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetSessionTokenRequest {
    /// [`duration_seconds`](Self::duration_seconds).
    pub fn duration_seconds(&self) -> rt::Option<i32> {
        self.duration_seconds
    }
    /// [`serial_number`](Self::serial_number).
    pub fn serial_number(&self) -> rt::Option<&str> {
        self.serial_number.as_deref()
    }
    /// [`token_code`](Self::token_code).
    pub fn token_code(&self) -> rt::Option<&str> {
        self.token_code.as_deref()
    }
}
/// Builds a [`GetSessionTokenRequest`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetSessionTokenRequestBuilder {
    /// [`GetSessionTokenRequest::duration_seconds`](GetSessionTokenRequest::duration_seconds), if set.
    pub duration_seconds: rt::Option<i32>,
    /// [`GetSessionTokenRequest::serial_number`](GetSessionTokenRequest::serial_number), if set.
    pub serial_number: rt::Option<rt::String>,
    /// [`GetSessionTokenRequest::token_code`](GetSessionTokenRequest::token_code), if set.
    pub token_code: rt::Option<rt::String>,
}
impl GetSessionTokenRequestBuilder {
    /// Sets [`GetSessionTokenRequest::duration_seconds`](GetSessionTokenRequest::duration_seconds).
    pub fn duration_seconds(mut self, value: impl rt::Into<i32>) -> Self {
        self.duration_seconds = Some(value.into());
        self
    }
    /// Sets or clears [`GetSessionTokenRequest::duration_seconds`](GetSessionTokenRequest::duration_seconds).
    pub fn set_duration_seconds(mut self, value: rt::Option<i32>) -> Self {
        self.duration_seconds = value;
        self
    }
    /// Sets [`GetSessionTokenRequest::serial_number`](GetSessionTokenRequest::serial_number).
    pub fn serial_number(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets or clears [`GetSessionTokenRequest::serial_number`](GetSessionTokenRequest::serial_number).
    pub fn set_serial_number(mut self, value: rt::Option<rt::String>) -> Self {
        self.serial_number = value;
        self
    }
    /// Sets [`GetSessionTokenRequest::token_code`](GetSessionTokenRequest::token_code).
    pub fn token_code(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.token_code = Some(value.into());
        self
    }
    /// Sets or clears [`GetSessionTokenRequest::token_code`](GetSessionTokenRequest::token_code).
    pub fn set_token_code(mut self, value: rt::Option<rt::String>) -> Self {
        self.token_code = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetSessionTokenRequest {
        GetSessionTokenRequest {
            duration_seconds: self.duration_seconds,
            serial_number: self.serial_number,
            token_code: self.token_code,
        }
    }
}
/// Contains the response to a successful GetSessionToken request, including temporary Amazon Web Services credentials that can be used to make Amazon Web Services requests.
#[derive(Clone, Debug, PartialEq)]
pub struct GetSessionTokenResponse {
    /// The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token.
    ///
    /// **Note:** The size of the security token that STS API operations return is not fixed. We strongly recommend that you make no assumptions about the maximum size.
    pub credentials: rt::Option<CredentialsShape>,
    /// What the response said about itself (the request id a
    /// client received); `Default::default()` when building
    /// this value. It never affects equality.
    pub _meta: rt::ResponseMeta,
}
impl rt::RequestId for GetSessionTokenResponse {
    fn request_id(&self) -> rt::Option<&str> {
        self._meta.request_id()
    }
}
impl rt::HasResponseMeta for GetSessionTokenResponse {
    fn response_meta_mut(&mut self) -> &mut rt::ResponseMeta {
        &mut self._meta
    }
}
impl GetSessionTokenResponse {
    /// A builder for this structure.
    pub fn builder() -> GetSessionTokenResponseBuilder {
        GetSessionTokenResponseBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl GetSessionTokenResponse {
    /// [`credentials`](Self::credentials).
    pub fn credentials(&self) -> rt::Option<&CredentialsShape> {
        self.credentials.as_ref()
    }
}
/// Builds a [`GetSessionTokenResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetSessionTokenResponseBuilder {
    /// [`GetSessionTokenResponse::credentials`](GetSessionTokenResponse::credentials), if set.
    pub credentials: rt::Option<CredentialsShape>,
}
impl GetSessionTokenResponseBuilder {
    /// Sets [`GetSessionTokenResponse::credentials`](GetSessionTokenResponse::credentials).
    pub fn credentials(mut self, value: impl rt::Into<CredentialsShape>) -> Self {
        self.credentials = Some(value.into());
        self
    }
    /// Sets or clears [`GetSessionTokenResponse::credentials`](GetSessionTokenResponse::credentials).
    pub fn set_credentials(mut self, value: rt::Option<CredentialsShape>) -> Self {
        self.credentials = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> GetSessionTokenResponse {
        GetSessionTokenResponse {
            credentials: self.credentials,
            _meta: rt::ResponseMeta::default(),
        }
    }
}
/// A reference to the IAM managed policy that is passed as a session policy for a role session or a federated user session.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyDescriptorType {
    /// The Amazon Resource Name (ARN) of the IAM managed policy to use as a session policy for the role. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*.
    pub arn: rt::Option<rt::String>,
}
impl PolicyDescriptorType {
    /// A builder for this structure.
    pub fn builder() -> PolicyDescriptorTypeBuilder {
        PolicyDescriptorTypeBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl PolicyDescriptorType {
    /// [`arn`](Self::arn).
    pub fn arn(&self) -> rt::Option<&str> {
        self.arn.as_deref()
    }
}
/// Builds a [`PolicyDescriptorType`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PolicyDescriptorTypeBuilder {
    /// [`PolicyDescriptorType::arn`](PolicyDescriptorType::arn), if set.
    pub arn: rt::Option<rt::String>,
}
impl PolicyDescriptorTypeBuilder {
    /// Sets [`PolicyDescriptorType::arn`](PolicyDescriptorType::arn).
    pub fn arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.arn = Some(value.into());
        self
    }
    /// Sets or clears [`PolicyDescriptorType::arn`](PolicyDescriptorType::arn).
    pub fn set_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> PolicyDescriptorType {
        PolicyDescriptorType { arn: self.arn }
    }
}
/// Contains information about the provided context. This includes the signed and encrypted trusted context assertion and the context provider ARN from which the trusted context assertion was generated.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvidedContext {
    /// The signed and encrypted trusted context assertion generated by the context provider. The trusted context assertion is signed and encrypted by Amazon Web Services STS.
    pub context_assertion: rt::Option<rt::String>,
    /// The context provider ARN from which the trusted context assertion was generated.
    pub provider_arn: rt::Option<rt::String>,
}
impl ProvidedContext {
    /// A builder for this structure.
    pub fn builder() -> ProvidedContextBuilder {
        ProvidedContextBuilder::default()
    }
}
#[allow(
    clippy::wrong_self_convention,
    clippy::should_implement_trait,
    clippy::len_without_is_empty,
    clippy::iter_not_returning_iterator,
    clippy::new_ret_no_self
)]
impl ProvidedContext {
    /// [`context_assertion`](Self::context_assertion).
    pub fn context_assertion(&self) -> rt::Option<&str> {
        self.context_assertion.as_deref()
    }
    /// [`provider_arn`](Self::provider_arn).
    pub fn provider_arn(&self) -> rt::Option<&str> {
        self.provider_arn.as_deref()
    }
}
/// Builds a [`ProvidedContext`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProvidedContextBuilder {
    /// [`ProvidedContext::context_assertion`](ProvidedContext::context_assertion), if set.
    pub context_assertion: rt::Option<rt::String>,
    /// [`ProvidedContext::provider_arn`](ProvidedContext::provider_arn), if set.
    pub provider_arn: rt::Option<rt::String>,
}
impl ProvidedContextBuilder {
    /// Sets [`ProvidedContext::context_assertion`](ProvidedContext::context_assertion).
    pub fn context_assertion(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.context_assertion = Some(value.into());
        self
    }
    /// Sets or clears [`ProvidedContext::context_assertion`](ProvidedContext::context_assertion).
    pub fn set_context_assertion(mut self, value: rt::Option<rt::String>) -> Self {
        self.context_assertion = value;
        self
    }
    /// Sets [`ProvidedContext::provider_arn`](ProvidedContext::provider_arn).
    pub fn provider_arn(mut self, value: impl rt::Into<rt::String>) -> Self {
        self.provider_arn = Some(value.into());
        self
    }
    /// Sets or clears [`ProvidedContext::provider_arn`](ProvidedContext::provider_arn).
    pub fn set_provider_arn(mut self, value: rt::Option<rt::String>) -> Self {
        self.provider_arn = value;
        self
    }
    /// The structure (nothing in it is required).
    pub fn build(self) -> ProvidedContext {
        ProvidedContext {
            context_assertion: self.context_assertion,
            provider_arn: self.provider_arn,
        }
    }
}
/// You can pass custom key-value pair attributes when you assume a role or federate a user. These are called session tags. You can then use the session tags to control access to resources. For more information, see [Tagging Amazon Web Services STS Sessions](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    /// The key for a session tag.
    ///
    /// You can pass up to 50 session tags. The plain text session tag keys can’t exceed 128 characters. For these and additional limits, see [IAM and STS Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-limits.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    pub key: rt::String,
    /// The value for a session tag.
    ///
    /// You can pass up to 50 session tags. The plain text session tag values can’t exceed 256 characters. For these and additional limits, see [IAM and STS Character Limits](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-limits.html#reference_iam-limits-entity-length) in the *IAM User Guide*.
    pub value: rt::String,
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
    pub fn key(&self) -> &str {
        &self.key
    }
    /// [`value`](Self::value).
    pub fn value(&self) -> &str {
        &self.value
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
    /// The structure; fails when a required member was not set.
    pub fn build(self) -> rt::Result<Tag, rt::BuildError> {
        Ok(Tag {
            key: self.key.ok_or(rt::BuildError {
                shape: "Tag",
                member: "Key",
            })?,
            value: self.value.ok_or(rt::BuildError {
                shape: "Tag",
                member: "Value",
            })?,
        })
    }
}
