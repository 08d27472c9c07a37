// Generated from models/aws-sts.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! XML descriptions: element and attribute names, namespaces,
//! flattening and query keys of every structure, and the roots of
//! each operation's bodies.
use ::codegen_rt as rt;
/// `com.amazonaws.sts#AssumedRoleUser` as XML sees it.
pub static ASSUMED_ROLE_USER: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "AssumedRoleUser",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "Arn",
            name: "Arn",
            query: "Arn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "AssumedRoleId",
            name: "AssumedRoleId",
            query: "AssumedRoleId",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sts#AssumeRoleRequest` as XML sees it.
pub static ASSUME_ROLE_REQUEST: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "AssumeRoleRequest",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "DurationSeconds",
            name: "DurationSeconds",
            query: "DurationSeconds",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::Integer),
        },
        rt::codec::xml::Member {
            key: "ExternalId",
            name: "ExternalId",
            query: "ExternalId",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Policy",
            name: "Policy",
            query: "Policy",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "PolicyArns",
            name: "PolicyArns",
            query: "PolicyArns",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::List(&rt::codec::xml::Item {
                name: "member",
                ns: None,
                ty: rt::codec::xml::Ty::Struct(&POLICY_DESCRIPTOR_TYPE),
            }),
        },
        rt::codec::xml::Member {
            key: "ProvidedContexts",
            name: "ProvidedContexts",
            query: "ProvidedContexts",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::List(&rt::codec::xml::Item {
                name: "member",
                ns: None,
                ty: rt::codec::xml::Ty::Struct(&PROVIDED_CONTEXT),
            }),
        },
        rt::codec::xml::Member {
            key: "RoleArn",
            name: "RoleArn",
            query: "RoleArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "RoleSessionName",
            name: "RoleSessionName",
            query: "RoleSessionName",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "SerialNumber",
            name: "SerialNumber",
            query: "SerialNumber",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "SourceIdentity",
            name: "SourceIdentity",
            query: "SourceIdentity",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Tags",
            name: "Tags",
            query: "Tags",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::List(&rt::codec::xml::Item {
                name: "member",
                ns: None,
                ty: rt::codec::xml::Ty::Struct(&TAG),
            }),
        },
        rt::codec::xml::Member {
            key: "TokenCode",
            name: "TokenCode",
            query: "TokenCode",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "TransitiveTagKeys",
            name: "TransitiveTagKeys",
            query: "TransitiveTagKeys",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::List(&rt::codec::xml::Item {
                name: "member",
                ns: None,
                ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
            }),
        },
    ],
    union: false,
};
/// `com.amazonaws.sts#AssumeRoleResponse` as XML sees it.
pub static ASSUME_ROLE_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "AssumeRoleResponse",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "AssumedRoleUser",
            name: "AssumedRoleUser",
            query: "AssumedRoleUser",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Struct(&ASSUMED_ROLE_USER),
        },
        rt::codec::xml::Member {
            key: "Credentials",
            name: "Credentials",
            query: "Credentials",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Struct(&CREDENTIALS_SHAPE),
        },
        rt::codec::xml::Member {
            key: "PackedPolicySize",
            name: "PackedPolicySize",
            query: "PackedPolicySize",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::Integer),
        },
        rt::codec::xml::Member {
            key: "SourceIdentity",
            name: "SourceIdentity",
            query: "SourceIdentity",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sts#Credentials` as XML sees it.
pub static CREDENTIALS_SHAPE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "Credentials",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "AccessKeyId",
            name: "AccessKeyId",
            query: "AccessKeyId",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Expiration",
            name: "Expiration",
            query: "Expiration",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::Timestamp {
                text: rt::TimestampFormat::DateTime,
                json: rt::TimestampFormat::DateTime,
            }),
        },
        rt::codec::xml::Member {
            key: "SecretAccessKey",
            name: "SecretAccessKey",
            query: "SecretAccessKey",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "SessionToken",
            name: "SessionToken",
            query: "SessionToken",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sts#ExpiredTokenException` as XML sees it.
pub static EXPIRED_TOKEN_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ExpiredTokenException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sts#GetCallerIdentityRequest` as XML sees it.
pub static GET_CALLER_IDENTITY_REQUEST: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "GetCallerIdentityRequest",
    ns: None,
    members: &[],
    union: false,
};
/// `com.amazonaws.sts#GetCallerIdentityResponse` as XML sees it.
pub static GET_CALLER_IDENTITY_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "GetCallerIdentityResponse",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "Account",
            name: "Account",
            query: "Account",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Arn",
            name: "Arn",
            query: "Arn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "UserId",
            name: "UserId",
            query: "UserId",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sts#GetSessionTokenRequest` as XML sees it.
pub static GET_SESSION_TOKEN_REQUEST: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "GetSessionTokenRequest",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "DurationSeconds",
            name: "DurationSeconds",
            query: "DurationSeconds",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::Integer),
        },
        rt::codec::xml::Member {
            key: "SerialNumber",
            name: "SerialNumber",
            query: "SerialNumber",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "TokenCode",
            name: "TokenCode",
            query: "TokenCode",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sts#GetSessionTokenResponse` as XML sees it.
pub static GET_SESSION_TOKEN_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "GetSessionTokenResponse",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "Credentials",
        name: "Credentials",
        query: "Credentials",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Struct(&CREDENTIALS_SHAPE),
    }],
    union: false,
};
/// `com.amazonaws.sts#MalformedPolicyDocumentException` as XML sees it.
pub static MALFORMED_POLICY_DOCUMENT_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "MalformedPolicyDocumentException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sts#PackedPolicyTooLargeException` as XML sees it.
pub static PACKED_POLICY_TOO_LARGE_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "PackedPolicyTooLargeException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sts#PolicyDescriptorType` as XML sees it.
pub static POLICY_DESCRIPTOR_TYPE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "PolicyDescriptorType",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "arn",
        name: "arn",
        query: "arn",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sts#ProvidedContext` as XML sees it.
pub static PROVIDED_CONTEXT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ProvidedContext",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "ContextAssertion",
            name: "ContextAssertion",
            query: "ContextAssertion",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "ProviderArn",
            name: "ProviderArn",
            query: "ProviderArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sts#RegionDisabledException` as XML sees it.
pub static REGION_DISABLED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "RegionDisabledException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sts#Tag` as XML sees it.
pub static TAG: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "Tag",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "Key",
            name: "Key",
            query: "Key",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Value",
            name: "Value",
            query: "Value",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `AssumeRole`: the roots of its XML bodies.
pub static ASSUME_ROLE: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "AssumeRoleRequest",
        ns: None,
        shape: &ASSUME_ROLE_REQUEST,
    },
    output: rt::codec::message::Root {
        name: "AssumeRoleResponse",
        ns: None,
        shape: &ASSUME_ROLE_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "https://sts.amazonaws.com/doc/2011-06-15/",
        prefix: None,
    }),
    version: "2011-06-15",
    unwrapped_output: false,
    bare_errors: false,
};
/// `GetCallerIdentity`: the roots of its XML bodies.
pub static GET_CALLER_IDENTITY: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "GetCallerIdentityRequest",
        ns: None,
        shape: &GET_CALLER_IDENTITY_REQUEST,
    },
    output: rt::codec::message::Root {
        name: "GetCallerIdentityResponse",
        ns: None,
        shape: &GET_CALLER_IDENTITY_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "https://sts.amazonaws.com/doc/2011-06-15/",
        prefix: None,
    }),
    version: "2011-06-15",
    unwrapped_output: false,
    bare_errors: false,
};
/// `GetSessionToken`: the roots of its XML bodies.
pub static GET_SESSION_TOKEN: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "GetSessionTokenRequest",
        ns: None,
        shape: &GET_SESSION_TOKEN_REQUEST,
    },
    output: rt::codec::message::Root {
        name: "GetSessionTokenResponse",
        ns: None,
        shape: &GET_SESSION_TOKEN_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "https://sts.amazonaws.com/doc/2011-06-15/",
        prefix: None,
    }),
    version: "2011-06-15",
    unwrapped_output: false,
    bare_errors: false,
};
