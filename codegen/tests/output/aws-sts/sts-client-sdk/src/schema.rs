// Generated from models/aws-sts.json by codegen — do not edit.
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
    Operation { name: "AssumeRole", input: &ASSUME_ROLE_REQUEST, output: &ASSUME_ROLE_RESPONSE, pagination: None,
        errors: &["ExpiredTokenException", "MalformedPolicyDocument", "PackedPolicyTooLarge", "RegionDisabledException"],
        summary: "Returns a set of temporary security credentials that you can use to access Amazon Web Services resources. These temporary credentials consist of an access key ID, a secret access key, and a security token. Typically, you use `AssumeRole` within your account or for cross-account access. For a comparison of `AssumeRole` with other API operations that produce temporary credentials, see [Requesting Temporary Security Credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html) and [Compare STS credentials](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_sts-comparison.html) in the *IAM User Guide*." },
    Operation { name: "GetCallerIdentity", input: &GET_CALLER_IDENTITY_REQUEST, output: &GET_CALLER_IDENTITY_RESPONSE, pagination: None,
        errors: &[],
        summary: "Returns details about the IAM user or role whose credentials are used to call the operation." },
    Operation { name: "GetSessionToken", input: &GET_SESSION_TOKEN_REQUEST, output: &GET_SESSION_TOKEN_RESPONSE, pagination: None,
        errors: &["RegionDisabledException"],
        summary: "Returns a set of temporary credentials for an Amazon Web Services account or IAM user. The credentials consist of an access key ID, a secret access key, and a security token. Typically, you use `GetSessionToken` if you want to use MFA to protect programmatic calls to specific Amazon Web Services API operations like Amazon EC2 `StopInstances`." },
];

#[rustfmt::skip]
static ASSUME_ROLE_REQUEST: Structure = Structure { name: "AssumeRoleRequest", union: false, members: &[
    Member { name: "DurationSeconds", ty: Type::Integer, required: false, summary: "The duration, in seconds, of the role session. The value specified can range from 900 seconds (15 minutes) up to the maximum session duration set for the role. The maximum session duration setting can have a value from 1 hour to 12 hours. If you specify a value higher than this setting or the administrator setting (whichever is lower), the operation fails. For example, if you specify a session duration of 12 hours, but your administrator set the maximum session duration to 6 hours, your operation fails." },
    Member { name: "ExternalId", ty: Type::String, required: false, summary: "A unique identifier that might be required when you assume a role in another account. If the administrator of the account to which the role belongs provided you with an external ID, then provide that value in the `ExternalId` parameter. This value can be any string, such as a passphrase or account number. A cross-account role is usually set up to trust everyone in an account. Therefore, the administrator of the trusting account might send an external ID to the administrator of the trusted account. That way, only someone with the ID can assume the role, rather than everyone in the account. For more information about the external ID, see [How to Use an External ID When Granting Access to Your Amazon Web Services Resources to a Third Party](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html) in the *IAM User Guide*." },
    Member { name: "Policy", ty: Type::String, required: false, summary: "An IAM policy in JSON format that you want to use as an inline session policy." },
    Member { name: "PolicyArns", ty: Type::List(&Type::Structure(&POLICY_DESCRIPTOR_TYPE)), required: false, summary: "The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed session policies. The policies must exist in the same account as the role." },
    Member { name: "ProvidedContexts", ty: Type::List(&Type::Structure(&PROVIDED_CONTEXT)), required: false, summary: "A list of previously acquired trusted context assertions in the format of a JSON array. The trusted context assertion is signed and encrypted by Amazon Web Services STS." },
    Member { name: "RoleArn", ty: Type::String, required: true, summary: "The Amazon Resource Name (ARN) of the role to assume." },
    Member { name: "RoleSessionName", ty: Type::String, required: true, summary: "An identifier for the assumed role session." },
    Member { name: "SerialNumber", ty: Type::String, required: false, summary: "The identification number of the MFA device that is associated with the user who is making the `AssumeRole` call. Specify this value if the trust policy of the role being assumed includes a condition that requires MFA authentication. The value is either the serial number for a hardware device (such as `GAHT12345678`) or an Amazon Resource Name (ARN) for a virtual device (such as `arn:aws:iam::123456789012:mfa/user`)." },
    Member { name: "SourceIdentity", ty: Type::String, required: false, summary: "The source identity specified by the principal that is calling the `AssumeRole` operation. The source identity value persists across [chained role](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#iam-term-role-chaining) sessions." },
    Member { name: "Tags", ty: Type::List(&Type::Structure(&TAG)), required: false, summary: "A list of session tags that you want to pass. Each session tag consists of a key name and an associated value. For more information about session tags, see [Tagging Amazon Web Services STS Sessions](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html) in the *IAM User Guide*." },
    Member { name: "TokenCode", ty: Type::String, required: false, summary: "The value provided by the MFA device, if the trust policy of the role being assumed requires MFA. (In other words, if the policy includes a condition that tests for MFA). If the role being assumed requires MFA and if the `TokenCode` value is missing or expired, the `AssumeRole` call returns an \"access denied\" error." },
    Member { name: "TransitiveTagKeys", ty: Type::List(&Type::String), required: false, summary: "A list of keys for session tags that you want to set as transitive. If you set a tag key as transitive, the corresponding key and value passes to subsequent sessions in a role chain. For more information, see [Chaining Roles with Session Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining) in the *IAM User Guide*." },
]};

#[rustfmt::skip]
static ASSUME_ROLE_RESPONSE: Structure = Structure { name: "AssumeRoleResponse", union: false, members: &[
    Member { name: "AssumedRoleUser", ty: Type::Structure(&ASSUMED_ROLE_USER), required: false, summary: "The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you can use to refer to the resulting temporary security credentials. For example, you can reference these credentials as a principal in a resource-based policy by using the ARN or assumed role ID. The ARN and ID include the `RoleSessionName` that you specified when you called `AssumeRole`." },
    Member { name: "Credentials", ty: Type::Structure(&CREDENTIALS_SHAPE), required: false, summary: "The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token." },
    Member { name: "PackedPolicySize", ty: Type::Integer, required: false, summary: "A percentage value that indicates the packed size of the session policies and session tags combined passed in the request. The request fails if the packed size is greater than 100 percent, which means the policies and tags exceeded the allowed space." },
    Member { name: "SourceIdentity", ty: Type::String, required: false, summary: "The source identity specified by the principal that is calling the `AssumeRole` operation." },
]};

#[rustfmt::skip]
static ASSUMED_ROLE_USER: Structure = Structure { name: "AssumedRoleUser", union: false, members: &[
    Member { name: "Arn", ty: Type::String, required: true, summary: "The ARN of the temporary security credentials that are returned from the AssumeRole action. For more information about ARNs and how to use them in policies, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) in the *IAM User Guide*." },
    Member { name: "AssumedRoleId", ty: Type::String, required: true, summary: "A unique identifier that contains the role ID and the role session name of the role that is being assumed. The role ID is generated by Amazon Web Services when the role is created." },
]};

#[rustfmt::skip]
static CREDENTIALS_SHAPE: Structure = Structure { name: "CredentialsShape", union: false, members: &[
    Member { name: "AccessKeyId", ty: Type::String, required: true, summary: "The access key ID that identifies the temporary security credentials." },
    Member { name: "Expiration", ty: Type::Timestamp, required: true, summary: "The date on which the current credentials expire." },
    Member { name: "SecretAccessKey", ty: Type::String, required: true, summary: "The secret access key that can be used to sign requests." },
    Member { name: "SessionToken", ty: Type::String, required: true, summary: "The token that users must pass to the service API to use the temporary credentials." },
]};

#[rustfmt::skip]
static GET_CALLER_IDENTITY_REQUEST: Structure = Structure { name: "GetCallerIdentityRequest", union: false, members: &[
]};

#[rustfmt::skip]
static GET_CALLER_IDENTITY_RESPONSE: Structure = Structure { name: "GetCallerIdentityResponse", union: false, members: &[
    Member { name: "Account", ty: Type::String, required: false, summary: "The Amazon Web Services account ID number of the account that owns or contains the calling entity." },
    Member { name: "Arn", ty: Type::String, required: false, summary: "The Amazon Web Services ARN associated with the calling entity." },
    Member { name: "UserId", ty: Type::String, required: false, summary: "The unique identifier of the calling entity. The exact value depends on the type of entity that is making the call. The values returned are those listed in the **aws:userid** column in the [Principal table](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable) found on the **Policy Variables** reference page in the *IAM User Guide*." },
]};

#[rustfmt::skip]
static GET_SESSION_TOKEN_REQUEST: Structure = Structure { name: "GetSessionTokenRequest", union: false, members: &[
    Member { name: "DurationSeconds", ty: Type::Integer, required: false, summary: "The duration, in seconds, that the credentials should remain valid. Acceptable durations for IAM user sessions range from 900 seconds (15 minutes) to 129,600 seconds (36 hours), with 43,200 seconds (12 hours) as the default. Sessions for Amazon Web Services account owners are restricted to a maximum of 3,600 seconds (one hour). If the duration is longer than one hour, the session for Amazon Web Services account owners defaults to one hour." },
    Member { name: "SerialNumber", ty: Type::String, required: false, summary: "The identification number of the MFA device that is associated with the IAM user who is making the `GetSessionToken` call. Specify this value if the IAM user has a policy that requires MFA authentication. The value is either the serial number for a hardware device (such as `GAHT12345678`) or an Amazon Resource Name (ARN) for a virtual device (such as `arn:aws:iam::123456789012:mfa/user`). You can find the device for an IAM user by going to the Amazon Web Services Management Console and viewing the user's security credentials." },
    Member { name: "TokenCode", ty: Type::String, required: false, summary: "The value provided by the MFA device, if MFA is required. If any policy requires the IAM user to submit an MFA code, specify this value. If MFA authentication is required, the user must provide a code when requesting a set of temporary security credentials. A user who fails to provide the code receives an \"access denied\" response when requesting resources that require MFA authentication." },
]};

#[rustfmt::skip]
static GET_SESSION_TOKEN_RESPONSE: Structure = Structure { name: "GetSessionTokenResponse", union: false, members: &[
    Member { name: "Credentials", ty: Type::Structure(&CREDENTIALS_SHAPE), required: false, summary: "The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token." },
]};

#[rustfmt::skip]
static POLICY_DESCRIPTOR_TYPE: Structure = Structure { name: "PolicyDescriptorType", union: false, members: &[
    Member { name: "arn", ty: Type::String, required: false, summary: "The Amazon Resource Name (ARN) of the IAM managed policy to use as a session policy for the role. For more information about ARNs, see [Amazon Resource Names (ARNs) and Amazon Web Services Service Namespaces](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html) in the *Amazon Web Services General Reference*." },
]};

#[rustfmt::skip]
static PROVIDED_CONTEXT: Structure = Structure { name: "ProvidedContext", union: false, members: &[
    Member { name: "ContextAssertion", ty: Type::String, required: false, summary: "The signed and encrypted trusted context assertion generated by the context provider. The trusted context assertion is signed and encrypted by Amazon Web Services STS." },
    Member { name: "ProviderArn", ty: Type::String, required: false, summary: "The context provider ARN from which the trusted context assertion was generated." },
]};

#[rustfmt::skip]
static TAG: Structure = Structure { name: "Tag", union: false, members: &[
    Member { name: "Key", ty: Type::String, required: true, summary: "The key for a session tag." },
    Member { name: "Value", ty: Type::String, required: true, summary: "The value for a session tag." },
]};
