// Generated from models/aws-secretsmanager.json by codegen — do not edit.
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
    Operation { name: "CreateSecret", input: &CREATE_SECRET_REQUEST, output: &CREATE_SECRET_RESPONSE, pagination: None,
        errors: &["DecryptionFailure", "EncryptionFailure", "InternalServiceError", "InvalidParameterException", "InvalidRequestException", "LimitExceededException", "MalformedPolicyDocumentException", "PreconditionNotMetException", "ResourceExistsException", "ResourceNotFoundException"],
        summary: "Creates a new secret. A *secret* can be a password, a set of credentials such as a user name and password, an OAuth token, or other secret information that you store in an encrypted form in Secrets Manager. The secret also includes the connection information to access a database or other service, which Secrets Manager doesn't encrypt. A secret in Secrets Manager consists of both the protected secret data and the important information needed to manage the secret." },
    Operation { name: "DeleteSecret", input: &DELETE_SECRET_REQUEST, output: &DELETE_SECRET_RESPONSE, pagination: None,
        errors: &["InternalServiceError", "InvalidParameterException", "InvalidRequestException", "ResourceNotFoundException"],
        summary: "Deletes a secret and all of its versions. You can specify a recovery window during which you can restore the secret. The minimum recovery window is 7 days. The default recovery window is 30 days. Secrets Manager attaches a `DeletionDate` stamp to the secret that specifies the end of the recovery window. At the end of the recovery window, Secrets Manager deletes the secret permanently." },
    Operation { name: "DescribeSecret", input: &DESCRIBE_SECRET_REQUEST, output: &DESCRIBE_SECRET_RESPONSE, pagination: None,
        errors: &["InternalServiceError", "InvalidParameterException", "ResourceNotFoundException"],
        summary: "Retrieves the details of a secret. It does not include the encrypted secret value. Secrets Manager only returns fields that have a value in the response." },
    Operation { name: "GetSecretValue", input: &GET_SECRET_VALUE_REQUEST, output: &GET_SECRET_VALUE_RESPONSE, pagination: None,
        errors: &["DecryptionFailure", "InternalServiceError", "InvalidParameterException", "InvalidRequestException", "ResourceNotFoundException"],
        summary: "Retrieves the contents of the encrypted fields `SecretString` or `SecretBinary` from the specified version of a secret, whichever contains content." },
    Operation { name: "ListSecrets", input: &LIST_SECRETS_REQUEST, output: &LIST_SECRETS_RESPONSE, pagination: Some(Pagination { input_token: "NextToken", output_token: "NextToken", items: None, page_size: Some("MaxResults") }),
        errors: &["InternalServiceError", "InvalidNextTokenException", "InvalidParameterException", "InvalidRequestException"],
        summary: "Lists the secrets that are stored by Secrets Manager in the Amazon Web Services account, not including secrets that are marked for deletion. To see secrets marked for deletion, use the Secrets Manager console." },
    Operation { name: "PutSecretValue", input: &PUT_SECRET_VALUE_REQUEST, output: &PUT_SECRET_VALUE_RESPONSE, pagination: None,
        errors: &["DecryptionFailure", "EncryptionFailure", "InternalServiceError", "InvalidParameterException", "InvalidRequestException", "LimitExceededException", "ResourceExistsException", "ResourceNotFoundException"],
        summary: "Creates a new version with a new encrypted secret value and attaches it to the secret. The version can contain a new `SecretString` value or a new `SecretBinary` value." },
];

#[rustfmt::skip]
static CREATE_SECRET_REQUEST: Structure = Structure { name: "CreateSecretRequest", union: false, members: &[
    Member { name: "AddReplicaRegions", ty: Type::List(&Type::Structure(&REPLICA_REGION_TYPE)), required: false, summary: "A list of Regions and KMS keys to replicate secrets." },
    Member { name: "ClientRequestToken", ty: Type::String, required: false, summary: "If you include `SecretString` or `SecretBinary`, then Secrets Manager creates an initial version for the secret, and this parameter specifies the unique identifier for the new version." },
    Member { name: "Description", ty: Type::String, required: false, summary: "The description of the secret." },
    Member { name: "ForceOverwriteReplicaSecret", ty: Type::Boolean, required: false, summary: "Specifies whether to overwrite a secret with the same name in the destination Region. By default, secrets aren't overwritten." },
    Member { name: "KmsKeyId", ty: Type::String, required: false, summary: "The ARN, key ID, or alias of the KMS key that Secrets Manager uses to encrypt the secret value in the secret. An alias is always prefixed by `alias/`, for example `alias/aws/secretsmanager`. For more information, see [About aliases](https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html)." },
    Member { name: "Name", ty: Type::String, required: true, summary: "The name of the new secret." },
    Member { name: "SecretBinary", ty: Type::Blob, required: false, summary: "The binary data to encrypt and store in the new version of the secret. We recommend that you store your binary data in a file and then pass the contents of the file as a parameter." },
    Member { name: "SecretString", ty: Type::String, required: false, summary: "The text data to encrypt and store in this new version of the secret. We recommend you use a JSON structure of key/value pairs for your secret value." },
    Member { name: "Tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "A list of tags to attach to the secret. Each tag is a key and value pair of strings in a JSON text string, for example:" },
]};

#[rustfmt::skip]
static CREATE_SECRET_RESPONSE: Structure = Structure { name: "CreateSecretResponse", union: false, members: &[
    Member { name: "ARN", ty: Type::String, required: false, summary: "The ARN of the new secret. The ARN includes the name of the secret followed by six random characters. This ensures that if you create a new secret with the same name as a deleted secret, then users with access to the old secret don't get access to the new secret because the ARNs are different." },
    Member { name: "Name", ty: Type::String, required: false, summary: "The name of the new secret." },
    Member { name: "ReplicationStatus", ty: Type::List(&Type::Structure(&REPLICATION_STATUS_TYPE)), required: false, summary: "A list of the replicas of this secret and their status:" },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "The unique identifier associated with the version of the new secret." },
]};

#[rustfmt::skip]
static DELETE_SECRET_REQUEST: Structure = Structure { name: "DeleteSecretRequest", union: false, members: &[
    Member { name: "ForceDeleteWithoutRecovery", ty: Type::Boolean, required: false, summary: "Specifies whether to delete the secret without any recovery window. You can't use both this parameter and `RecoveryWindowInDays` in the same call. If you don't use either, then by default Secrets Manager uses a 30 day recovery window." },
    Member { name: "RecoveryWindowInDays", ty: Type::Integer, required: false, summary: "The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the secret. You can't use both this parameter and `ForceDeleteWithoutRecovery` in the same call. If you don't use either, then by default Secrets Manager uses a 30 day recovery window." },
    Member { name: "SecretId", ty: Type::String, required: true, summary: "The ARN or name of the secret to delete." },
]};

#[rustfmt::skip]
static DELETE_SECRET_RESPONSE: Structure = Structure { name: "DeleteSecretResponse", union: false, members: &[
    Member { name: "ARN", ty: Type::String, required: false, summary: "The ARN of the secret." },
    Member { name: "DeletionDate", ty: Type::Timestamp, required: false, summary: "The date and time after which this secret Secrets Manager can permanently delete this secret, and it can no longer be restored. This value is the date and time of the delete request plus the number of days in `RecoveryWindowInDays`." },
    Member { name: "Name", ty: Type::String, required: false, summary: "The name of the secret." },
]};

#[rustfmt::skip]
static DESCRIBE_SECRET_REQUEST: Structure = Structure { name: "DescribeSecretRequest", union: false, members: &[
    Member { name: "SecretId", ty: Type::String, required: true, summary: "The ARN or name of the secret." },
]};

#[rustfmt::skip]
static DESCRIBE_SECRET_RESPONSE: Structure = Structure { name: "DescribeSecretResponse", union: false, members: &[
    Member { name: "ARN", ty: Type::String, required: false, summary: "The ARN of the secret." },
    Member { name: "CreatedDate", ty: Type::Timestamp, required: false, summary: "The date the secret was created." },
    Member { name: "DeletedDate", ty: Type::Timestamp, required: false, summary: "The date the secret is scheduled for deletion. If it is not scheduled for deletion, this field is omitted. When you delete a secret, Secrets Manager requires a recovery window of at least 7 days before deleting the secret. Some time after the deleted date, Secrets Manager deletes the secret, including all of its versions." },
    Member { name: "Description", ty: Type::String, required: false, summary: "The description of the secret." },
    Member { name: "KmsKeyId", ty: Type::String, required: false, summary: "The key ID or alias ARN of the KMS key that Secrets Manager uses to encrypt the secret value. If the secret is encrypted with the Amazon Web Services managed key `aws/secretsmanager`, this field is omitted. Secrets created using the console use an KMS key ID." },
    Member { name: "LastAccessedDate", ty: Type::Timestamp, required: false, summary: "The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region." },
    Member { name: "LastChangedDate", ty: Type::Timestamp, required: false, summary: "The last date and time that this secret was modified in any way." },
    Member { name: "LastRotatedDate", ty: Type::Timestamp, required: false, summary: "The last date and time that Secrets Manager rotated the secret. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null." },
    Member { name: "Name", ty: Type::String, required: false, summary: "The name of the secret." },
    Member { name: "NextRotationDate", ty: Type::Timestamp, required: false, summary: "The next rotation is scheduled to occur on or before this date. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null. If rotation fails, Secrets Manager retries the entire rotation process multiple times. If rotation is unsuccessful, this date may be in the past." },
    Member { name: "OwningService", ty: Type::String, required: false, summary: "The ID of the service that created this secret. For more information, see [Secrets managed by other Amazon Web Services services](https://docs.aws.amazon.com/secretsmanager/latest/userguide/service-linked-secrets.html)." },
    Member { name: "PrimaryRegion", ty: Type::String, required: false, summary: "The Region the secret is in. If a secret is replicated to other Regions, the replicas are listed in `ReplicationStatus`." },
    Member { name: "ReplicationStatus", ty: Type::List(&Type::Structure(&REPLICATION_STATUS_TYPE)), required: false, summary: "A list of the replicas of this secret and their status:" },
    Member { name: "RotationEnabled", ty: Type::Boolean, required: false, summary: "Specifies whether automatic rotation is turned on for this secret. If the secret has never been configured for rotation, Secrets Manager returns null." },
    Member { name: "RotationLambdaARN", ty: Type::String, required: false, summary: "The ARN of the Lambda function that Secrets Manager invokes to rotate the secret." },
    Member { name: "RotationRules", ty: Type::Structure(&ROTATION_RULES_TYPE), required: false, summary: "The rotation schedule and Lambda function for this secret. If the secret previously had rotation turned on, but it is now turned off, this field shows the previous rotation schedule and rotation function. If the secret never had rotation turned on, this field is omitted." },
    Member { name: "Tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "The list of tags attached to the secret. To add tags to a secret, use TagResource. To remove tags, use UntagResource." },
    Member { name: "VersionIdsToStages", ty: Type::Map(&Type::List(&Type::String)), required: false, summary: "A list of the versions of the secret that have staging labels attached. Versions that don't have staging labels are considered deprecated and Secrets Manager can delete them." },
]};

#[rustfmt::skip]
static FILTER: Structure = Structure { name: "Filter", union: false, members: &[
    Member { name: "Key", ty: Type::Enum(FILTER_NAME_STRING_TYPE_VALUES), required: false, summary: "The following are keys you can use:" },
    Member { name: "Values", ty: Type::List(&Type::String), required: false, summary: "The keyword to filter for." },
]};

#[rustfmt::skip]
static GET_SECRET_VALUE_REQUEST: Structure = Structure { name: "GetSecretValueRequest", union: false, members: &[
    Member { name: "SecretId", ty: Type::String, required: true, summary: "The ARN or name of the secret to retrieve. To retrieve a secret from another account, you must use an ARN." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "The unique identifier of the version of the secret to retrieve. If you include both this parameter and `VersionStage`, the two parameters must refer to the same secret version. If you don't specify either a `VersionStage` or `VersionId`, then Secrets Manager returns the `AWSCURRENT` version." },
    Member { name: "VersionStage", ty: Type::String, required: false, summary: "The staging label of the version of the secret to retrieve." },
]};

#[rustfmt::skip]
static GET_SECRET_VALUE_RESPONSE: Structure = Structure { name: "GetSecretValueResponse", union: false, members: &[
    Member { name: "ARN", ty: Type::String, required: false, summary: "The ARN of the secret." },
    Member { name: "CreatedDate", ty: Type::Timestamp, required: false, summary: "The date and time that this version of the secret was created. If you don't specify which version in `VersionId` or `VersionStage`, then Secrets Manager uses the `AWSCURRENT` version." },
    Member { name: "Name", ty: Type::String, required: false, summary: "The friendly name of the secret." },
    Member { name: "SecretBinary", ty: Type::Blob, required: false, summary: "The decrypted secret value, if the secret value was originally provided as binary data in the form of a byte array. When you retrieve a `SecretBinary` using the HTTP API, the Python SDK, or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not encoded." },
    Member { name: "SecretString", ty: Type::String, required: false, summary: "The decrypted secret value, if the secret value was originally provided as a string or through the Secrets Manager console." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "The unique identifier of this version of the secret." },
    Member { name: "VersionStages", ty: Type::List(&Type::String), required: false, summary: "A list of all of the staging labels currently attached to this version of the secret." },
]};

#[rustfmt::skip]
static LIST_SECRETS_REQUEST: Structure = Structure { name: "ListSecretsRequest", union: false, members: &[
    Member { name: "Filters", ty: Type::List(&Type::Structure(&FILTER)), required: false, summary: "The filters to apply to the list of secrets." },
    Member { name: "IncludePlannedDeletion", ty: Type::Boolean, required: false, summary: "Specifies whether to include secrets scheduled for deletion. By default, secrets scheduled for deletion aren't included." },
    Member { name: "MaxResults", ty: Type::Integer, required: false, summary: "The number of results to include in the response." },
    Member { name: "NextToken", ty: Type::String, required: false, summary: "A token that indicates where the output should continue from, if a previous call did not show all results. To get the next results, call `ListSecrets` again with this value." },
    Member { name: "SortOrder", ty: Type::Enum(SORT_ORDER_TYPE_VALUES), required: false, summary: "Secrets are listed by `CreatedDate`." },
]};

#[rustfmt::skip]
static LIST_SECRETS_RESPONSE: Structure = Structure { name: "ListSecretsResponse", union: false, members: &[
    Member { name: "NextToken", ty: Type::String, required: false, summary: "Secrets Manager includes this value if there's more output available than what is included in the current response. This can occur even when the response includes no values at all, such as when you ask for a filtered view of a long list. To get the next results, call `ListSecrets` again with this value." },
    Member { name: "SecretList", ty: Type::List(&Type::Structure(&SECRET_LIST_ENTRY)), required: false, summary: "A list of the secrets in the account." },
]};

#[rustfmt::skip]
static PUT_SECRET_VALUE_REQUEST: Structure = Structure { name: "PutSecretValueRequest", union: false, members: &[
    Member { name: "ClientRequestToken", ty: Type::String, required: false, summary: "A unique identifier for the new version of the secret." },
    Member { name: "RotationToken", ty: Type::String, required: false, summary: "A unique identifier that indicates the source of the request. For cross-account rotation (when you rotate a secret in one account by using a Lambda rotation function in another account) and the Lambda rotation function assumes an IAM role to call Secrets Manager, Secrets Manager validates the identity with the rotation token. For more information, see [How rotation works](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html)." },
    Member { name: "SecretBinary", ty: Type::Blob, required: false, summary: "The binary data to encrypt and store in the new version of the secret. To use this parameter in the command-line tools, we recommend that you store your binary data in a file and then pass the contents of the file as a parameter." },
    Member { name: "SecretId", ty: Type::String, required: true, summary: "The ARN or name of the secret to add a new version to." },
    Member { name: "SecretString", ty: Type::String, required: false, summary: "The text to encrypt and store in the new version of the secret." },
    Member { name: "VersionStages", ty: Type::List(&Type::String), required: false, summary: "A list of staging labels to attach to this version of the secret. Secrets Manager uses staging labels to track versions of a secret through the rotation process." },
]};

#[rustfmt::skip]
static PUT_SECRET_VALUE_RESPONSE: Structure = Structure { name: "PutSecretValueResponse", union: false, members: &[
    Member { name: "ARN", ty: Type::String, required: false, summary: "The ARN of the secret." },
    Member { name: "Name", ty: Type::String, required: false, summary: "The name of the secret." },
    Member { name: "VersionId", ty: Type::String, required: false, summary: "The unique identifier of the version of the secret." },
    Member { name: "VersionStages", ty: Type::List(&Type::String), required: false, summary: "The list of staging labels that are currently attached to this version of the secret. Secrets Manager uses staging labels to track a version as it progresses through the secret rotation process." },
]};

#[rustfmt::skip]
static REPLICA_REGION_TYPE: Structure = Structure { name: "ReplicaRegionType", union: false, members: &[
    Member { name: "KmsKeyId", ty: Type::String, required: false, summary: "The ARN, key ID, or alias of the KMS key to encrypt the secret. If you don't include this field, Secrets Manager uses `aws/secretsmanager`." },
    Member { name: "Region", ty: Type::String, required: false, summary: "A Region code. For a list of Region codes, see [Name and code of Regions](https://docs.aws.amazon.com/general/latest/gr/rande.html#regional-endpoints)." },
]};

#[rustfmt::skip]
static REPLICATION_STATUS_TYPE: Structure = Structure { name: "ReplicationStatusType", union: false, members: &[
    Member { name: "KmsKeyId", ty: Type::String, required: false, summary: "Can be an `ARN`, `Key ID`, or `Alias`." },
    Member { name: "LastAccessedDate", ty: Type::Timestamp, required: false, summary: "The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region." },
    Member { name: "Region", ty: Type::String, required: false, summary: "The Region where replication occurs." },
    Member { name: "Status", ty: Type::Enum(STATUS_TYPE_VALUES), required: false, summary: "The status can be `InProgress`, `Failed`, or `InSync`." },
    Member { name: "StatusMessage", ty: Type::String, required: false, summary: "Status message such as \"*Secret with this name already exists in this region*\"." },
]};

#[rustfmt::skip]
static ROTATION_RULES_TYPE: Structure = Structure { name: "RotationRulesType", union: false, members: &[
    Member { name: "AutomaticallyAfterDays", ty: Type::Integer, required: false, summary: "The number of days between rotations of the secret. You can use this value to check that your secret meets your compliance guidelines for how often secrets must be rotated. If you use this field to set the rotation schedule, Secrets Manager calculates the next rotation date based on the previous rotation. Manually updating the secret value by calling `PutSecretValue` or `UpdateSecret` is considered a valid rotation." },
    Member { name: "Duration", ty: Type::String, required: false, summary: "The length of the rotation window in hours, for example `3h` for a three hour window. Secrets Manager rotates your secret at any time during this window. The window must not extend into the next rotation window or the next UTC day. The window starts according to the `ScheduleExpression`. If you don't specify a `Duration`, for a `ScheduleExpression` in hours, the window automatically closes after one hour. For a `ScheduleExpression` in days, the window automatically closes at the end of the UTC day. For more information, including examples, see [Schedule expressions in Secrets Manager rotation](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html) in the *Secrets Manager Users Guide*." },
    Member { name: "ScheduleExpression", ty: Type::String, required: false, summary: "A `cron()` or `rate()` expression that defines the schedule for rotating your secret. Secrets Manager rotation schedules use UTC time zone. Secrets Manager rotates your secret any time during a rotation window." },
]};

#[rustfmt::skip]
static SECRET_LIST_ENTRY: Structure = Structure { name: "SecretListEntry", union: false, members: &[
    Member { name: "ARN", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) of the secret." },
    Member { name: "CreatedDate", ty: Type::Timestamp, required: false, summary: "The date and time when a secret was created." },
    Member { name: "DeletedDate", ty: Type::Timestamp, required: false, summary: "The date and time the deletion of the secret occurred. Not present on active secrets. The secret can be recovered until the number of days in the recovery window has passed, as specified in the `RecoveryWindowInDays` parameter of the [ `DeleteSecret`](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html) operation." },
    Member { name: "Description", ty: Type::String, required: false, summary: "The user-provided description of the secret." },
    Member { name: "KmsKeyId", ty: Type::String, required: false, summary: "The ARN of the KMS key that Secrets Manager uses to encrypt the secret value. If the secret is encrypted with the Amazon Web Services managed key `aws/secretsmanager`, this field is omitted." },
    Member { name: "LastAccessedDate", ty: Type::Timestamp, required: false, summary: "The date that the secret was last accessed in the Region. This field is omitted if the secret has never been retrieved in the Region." },
    Member { name: "LastChangedDate", ty: Type::Timestamp, required: false, summary: "The last date and time that this secret was modified in any way." },
    Member { name: "LastRotatedDate", ty: Type::Timestamp, required: false, summary: "The most recent date and time that the Secrets Manager rotation process was successfully completed. This value is null if the secret hasn't ever rotated." },
    Member { name: "Name", ty: Type::String, required: false, summary: "The friendly name of the secret." },
    Member { name: "NextRotationDate", ty: Type::Timestamp, required: false, summary: "The next rotation is scheduled to occur on or before this date. If the secret isn't configured for rotation or rotation has been disabled, Secrets Manager returns null." },
    Member { name: "OwningService", ty: Type::String, required: false, summary: "Returns the name of the service that created the secret." },
    Member { name: "PrimaryRegion", ty: Type::String, required: false, summary: "The Region where Secrets Manager originated the secret." },
    Member { name: "RotationEnabled", ty: Type::Boolean, required: false, summary: "Indicates whether automatic, scheduled rotation is enabled for this secret." },
    Member { name: "RotationLambdaARN", ty: Type::String, required: false, summary: "The ARN of an Amazon Web Services Lambda function invoked by Secrets Manager to rotate and expire the secret either automatically per the schedule or manually by a call to [ `RotateSecret`](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotateSecret.html) ." },
    Member { name: "RotationRules", ty: Type::Structure(&ROTATION_RULES_TYPE), required: false, summary: "A structure that defines the rotation configuration for the secret." },
    Member { name: "SecretVersionsToStages", ty: Type::Map(&Type::List(&Type::String)), required: false, summary: "A list of all of the currently assigned `SecretVersionStage` staging labels and the `SecretVersionId` attached to each one. Staging labels are used to keep track of the different versions during the rotation process." },
    Member { name: "Tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "The list of user-defined tags associated with the secret. To add tags to a secret, use [ `TagResource`](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_TagResource.html) . To remove tags, use [ `UntagResource`](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UntagResource.html) ." },
]};

#[rustfmt::skip]
static TAG: Structure = Structure { name: "Tag", union: false, members: &[
    Member { name: "Key", ty: Type::String, required: false, summary: "The key identifier, or name, of the tag." },
    Member { name: "Value", ty: Type::String, required: false, summary: "The string value associated with the key of the tag." },
]};

#[rustfmt::skip]
const FILTER_NAME_STRING_TYPE_VALUES: &[&str] = &["all", "description", "name", "owning-service", "primary-region", "tag-key", "tag-value"];
#[rustfmt::skip]
const SORT_ORDER_TYPE_VALUES: &[&str] = &["asc", "desc"];
#[rustfmt::skip]
const STATUS_TYPE_VALUES: &[&str] = &["Failed", "InProgress", "InSync"];
